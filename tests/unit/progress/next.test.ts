import { describe, expect, it } from 'vitest';
import { continueAnywhere, continueAt, lastActivity, startedFirst } from '../../../src/lib/progress/next';
import { emptyProgress, markDone, markRead, type Progress } from '../../../src/lib/progress/progress';

const lesson = (code: string) => ({ code, title: `Bài ${code}`, href: `/${code}/` });
const tt = ['tt1', 'tt2', 'tt3'].map(lesson);
const dv = ['dv1', 'dv2'].map(lesson);
const steps = (...changes: ((p: Progress) => Progress)[]) => changes.reduce((p, change) => change(p), emptyProgress());

describe('where a learner goes on (“Học tiếp”)', () => {
  it('offers nothing for a course not started, so the course says “Bắt đầu học”', () => {
    expect(continueAt(emptyProgress(), tt)).toBeUndefined();
  });

  it('goes to the first lesson not yet done, also when a later one is done', () => {
    const progress = steps(
      (p) => markDone(p, 'tt1', '2026-11-01T08:00:00Z'),
      (p) => markDone(p, 'tt3', '2026-11-02T08:00:00Z'),
      (p) => markRead(p, 'tt2', '2026-11-02T09:00:00Z'),
    );
    expect(continueAt(progress, tt)?.code).toBe('tt2');
  });

  it('starts a course with only a lesson read at its first lesson not done', () => {
    expect(continueAt(markRead(emptyProgress(), 'tt2', '2026-11-01T08:00:00Z'), tt)?.code).toBe('tt1');
  });

  it('offers nothing once every lesson is done', () => {
    const progress = steps(...tt.map((l) => (p: Progress) => markDone(p, l.code, '2026-11-01T08:00:00Z')));
    expect(continueAt(progress, tt)).toBeUndefined();
  });

  it('across the site, goes on in the unfinished course worked in last', () => {
    const progress = steps(
      (p) => markRead(p, 'tt1', '2026-11-01T08:00:00Z'),
      (p) => markDone(p, 'dv1', '2026-11-03T08:00:00Z'),
      (p) => markRead(p, 'tt1', '2026-11-05T08:00:00Z'),
    );
    expect(lastActivity(progress, ['tt1'])).toBe('2026-11-01T08:00:00Z');
    expect(continueAnywhere(progress, [tt, dv])?.code).toBe('dv2');
    const finishedDv = markDone(progress, 'dv2', '2026-11-06T08:00:00Z');
    expect(continueAnywhere(finishedDv, [tt, dv])?.code).toBe('tt1');
    expect(continueAnywhere(emptyProgress(), [tt, dv])).toBeUndefined();
  });

  it('lists started courses first, the latest first, then the rest in catalogue order', () => {
    const bd = ['bd1'].map(lesson);
    const progress = steps(
      (p) => markRead(p, 'dv1', '2026-11-01T08:00:00Z'),
      (p) => markRead(p, 'tt2', '2026-11-02T08:00:00Z'),
    );
    const order = startedFirst(progress, [bd, dv, tt], (c) => c.map((l) => l.code));
    expect(order).toEqual([tt, dv, bd]);
    expect(startedFirst(emptyProgress(), [bd, dv, tt], (c) => c.map((l) => l.code))).toEqual([bd, dv, tt]);
  });
});
