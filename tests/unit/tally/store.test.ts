import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../../src/lib/storage/safe-storage';
import {
  DAMAGED_KEY,
  emptyTally,
  fromBackup,
  hasUnsavedChanges,
  loadTally,
  saveTally,
  TALLY_KEY,
  toBackup,
} from '../../../src/lib/tally/store';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage = createSafeStorage(() => ({
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    length: 0,
  }));
  return { storage, data };
}

const state = {
  ...emptyTally(),
  village: 'Thôn Đông',
  households: [{ label: 'Nhà 1', visited: '2026-11-01', skills: [1, 2] as (1 | 2)[], note: 'ghi chú' }],
  changedAt: '2026-11-02T10:00:00.000Z',
};

describe('the stored tally', () => {
  it('saves and loads a versioned document', () => {
    const { storage, data } = memory();
    expect(saveTally(storage, state)).toBe(true);
    expect(JSON.parse(data.get(TALLY_KEY) ?? '')).toMatchObject({ version: 1 });
    expect(loadTally(storage)).toEqual({ state });
  });

  it('starts empty on a new device', () => {
    expect(loadTally(memory().storage)).toEqual({ state: emptyTally() });
  });

  it('moves damaged data aside instead of losing it', () => {
    const { storage, data } = memory({ [TALLY_KEY]: '{"version":1,"households":[{"label":' });
    expect(loadTally(storage)).toEqual({ state: emptyTally(), problem: 'damaged' });
    expect(data.get(DAMAGED_KEY)).toBe('{"version":1,"households":[{"label":');
    expect(data.has(TALLY_KEY)).toBe(false);
  });

  it('treats foreign data as damaged too', () => {
    const { storage } = memory({ [TALLY_KEY]: '[1,2,3]' });
    expect(loadTally(storage).problem).toBe('damaged');
  });

  it('does not touch data written by a newer version of the site', () => {
    const { storage, data } = memory({ [TALLY_KEY]: '{"version":2,"households":[]}' });
    expect(loadTally(storage).problem).toBe('newerVersion');
    expect(data.get(TALLY_KEY)).toBe('{"version":2,"households":[]}');
  });

  it('says so when storage is unavailable', () => {
    const blocked = createSafeStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(loadTally(blocked)).toEqual({ state: emptyTally(), problem: 'unavailable' });
  });

  it('knows when there are changes since the last export', () => {
    expect(hasUnsavedChanges(state)).toBe(true);
    expect(hasUnsavedChanges({ ...state, exportedAt: '2026-11-03T00:00:00.000Z' })).toBe(false);
    expect(hasUnsavedChanges(emptyTally())).toBe(false);
  });

  it('round-trips a JSON backup and refuses other JSON', () => {
    const backup = toBackup(state, '2026-11-03T00:00:00.000Z');
    expect(fromBackup(backup)).toEqual({ ...state, exportedAt: '2026-11-03T00:00:00.000Z' });
    expect(fromBackup('{"households":[]}')).toBeUndefined();
    expect(fromBackup('not json')).toBeUndefined();
  });
});
