import { describe, expect, it } from 'vitest';
import {
  emptyResults,
  loadResults,
  migrateResults,
  PRACTICE_KEY,
  type PracticeRun,
  recordRun,
  saveRun,
} from '../../../src/lib/practice/results';
import type { SafeStorage } from '../../../src/lib/storage/safe-storage';

const memory = (initial: Record<string, string> = {}, { full = false } = {}): SafeStorage & { data: Record<string, string> } => {
  const data = { ...initial };
  return {
    data,
    get: (key) => data[key] ?? null,
    set: (key, value) => {
      if (full) return false;
      data[key] = value;
      return true;
    },
    remove: (key) => {
      delete data[key];
    },
  };
};

const run = (mode: PracticeRun['mode'], right: number, at: string): PracticeRun => ({ mode, right, total: 6, at, again: [] });

describe('practice results on the device', () => {
  it('keep the last run and the best run on one’s own', () => {
    let results = recordRun(emptyResults(), 'chuyen-tien', run('own', 4, '2026-12-01T10:00:00Z'));
    results = recordRun(results, 'chuyen-tien', run('own', 3, '2026-12-02T10:00:00Z'));
    results = recordRun(results, 'chuyen-tien', run('guided', 6, '2026-12-03T10:00:00Z'));
    expect(results.flows['chuyen-tien']?.last).toMatchObject({ mode: 'guided', right: 6 });
    expect(results.flows['chuyen-tien']?.bestOwn).toMatchObject({ mode: 'own', right: 4 });
  });

  it('a saved run survives a reload, and other flows’ results are kept', () => {
    const storage = memory();
    expect(saveRun(storage, 'a', run('own', 5, '2026-12-01T10:00:00Z'))).toBe(true);
    expect(saveRun(storage, 'b', run('guided', 6, '2026-12-01T11:00:00Z'))).toBe(true);
    const { results } = loadResults(storage);
    expect(Object.keys(results.flows)).toEqual(['a', 'b']);
    expect(results.flows.a?.bestOwn?.right).toBe(5);
  });

  it('damaged storage is moved aside, not thrown away, and the page goes on', () => {
    const storage = memory({ [PRACTICE_KEY]: '{not json' });
    const { results, problem } = loadResults(storage);
    expect(problem).toBe('damaged');
    expect(results).toEqual(emptyResults());
    expect(storage.data[`${PRACTICE_KEY}.damaged`]).toBe('{not json');
  });

  it('a document from a newer site is never written over', () => {
    const newer = JSON.stringify({ version: 2, flows: {} });
    const storage = memory({ [PRACTICE_KEY]: newer });
    expect(saveRun(storage, 'a', run('own', 5, '2026-12-01T10:00:00Z'))).toBe(false);
    expect(storage.data[PRACTICE_KEY]).toBe(newer);
  });

  it('storage that refuses writing only means the run is not kept', () => {
    expect(saveRun(memory({}, { full: true }), 'a', run('own', 5, '2026-12-01T10:00:00Z'))).toBe(false);
  });

  it('refuses what is not a results document', () => {
    expect(
      migrateResults({ version: 1, flows: { a: { last: { mode: 'x', right: 1, total: 2, at: '2026-12-01' } } } }),
    ).toBeUndefined();
    expect(
      migrateResults({ version: 1, flows: { a: { last: { mode: 'own', right: 3, total: 2, at: '2026-12-01' } } } }),
    ).toBeUndefined();
    expect(migrateResults([])).toBeUndefined();
  });
});
