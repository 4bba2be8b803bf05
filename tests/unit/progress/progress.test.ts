import { describe, expect, it } from 'vitest';
import {
  courseStatus,
  emptyProgress,
  loadProgress,
  markDone,
  markRead,
  PROGRESS_KEY,
  saveProgress,
} from '../../../src/lib/progress/progress';
import { createSafeStorage } from '../../../src/lib/storage/safe-storage';

function memory(initial: Record<string, string> = {}, { full = false } = {}) {
  const data = new Map(Object.entries(initial));
  const storage = createSafeStorage(() => ({
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    length: 0,
  }));
  return { storage, data };
}

describe('progress', () => {
  it('marks a lesson read once, and done once (done implies read)', () => {
    let p = markRead(emptyProgress(), 'tt3', 't1');
    p = markRead(p, 'tt3', 't2');
    expect(p.lessons.tt3).toEqual({ read: 't1' });
    p = markDone(p, 'tt3', 't3');
    p = markDone(p, 'tt3', 't4');
    expect(p.lessons.tt3).toEqual({ read: 't1', done: 't3' });
    expect(markDone(emptyProgress(), 'ns1', 't5').lessons.ns1).toEqual({ read: 't5', done: 't5' });
  });

  it('counts a course complete only when every lesson is done', () => {
    const p = markDone(markDone(markRead(emptyProgress(), 'ns3', 't'), 'ns1', 't'), 'ns2', 't');
    expect(courseStatus(p, ['ns1', 'ns2', 'ns3'])).toEqual({ total: 3, read: 3, done: 2, complete: false });
    expect(courseStatus(markDone(p, 'ns3', 't'), ['ns1', 'ns2', 'ns3']).complete).toBe(true);
    expect(courseStatus(p, []).complete).toBe(false);
  });

  it('saves a versioned document and reads it back', () => {
    const { storage, data } = memory();
    const p = markDone(emptyProgress(), 'tt3', '2026-11-22T01:00:00.000Z');
    expect(saveProgress(storage, { ...p, learnerName: 'Bà Tư' })).toBe(true);
    expect(JSON.parse(data.get(PROGRESS_KEY) ?? '').version).toBe(1);
    expect(loadProgress(storage).progress).toEqual({ ...p, learnerName: 'Bà Tư' });
  });

  it('starts over, keeping the damaged data aside, when storage holds junk or foreign data', () => {
    for (const junk of ['{oops', '"text"', '{"version":1,"lessons":{"<script>":{}}}', '{"version":1,"lessons":[]}']) {
      const { storage, data } = memory({ [PROGRESS_KEY]: junk });
      expect(loadProgress(storage)).toEqual({ progress: emptyProgress(), problem: 'damaged' });
      expect(data.get(`${PROGRESS_KEY}.damaged`)).toBe(junk);
    }
  });

  it('reports a full or blocked storage as "not kept" instead of throwing', () => {
    expect(saveProgress(memory({}, { full: true }).storage, emptyProgress())).toBe(false);
    const blocked = createSafeStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(loadProgress(blocked)).toEqual({ progress: emptyProgress(), problem: 'unavailable' });
  });
});
