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
  TallyBook,
  type TallyState,
  toBackup,
} from '../../../src/lib/tally/store';

/** A Storage in memory; `full` makes every write fail as a full quota does. */
function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const quota = { full: false };
  const storage = createSafeStorage(() => ({
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (quota.full) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    length: 0,
  }));
  return { storage, data, quota };
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

  it('keeps every damaged copy, and writes nothing when there is no room to keep one', () => {
    const { storage, data, quota } = memory({ [TALLY_KEY]: 'hỏng lần một' });
    loadTally(storage);
    data.set(TALLY_KEY, 'hỏng lần hai');
    expect(loadTally(storage).problem).toBe('damaged');
    expect(data.get(DAMAGED_KEY)).toBe('hỏng lần một\n\nhỏng lần hai');
    data.set(TALLY_KEY, 'hỏng lần ba');
    quota.full = true;
    expect(loadTally(storage).problem).toBe('stuck');
    expect(data.get(TALLY_KEY)).toBe('hỏng lần ba');
    const book = new TallyBook(storage);
    quota.full = false;
    expect(book.readOnly).toBe(true);
    book.change((s) => ({ ...s, village: 'ghi đè' }));
    expect(data.get(TALLY_KEY)).toBe('hỏng lần ba');
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

describe('the tally as a page holds it (TallyBook)', () => {
  const add = (label: string) => (s: TallyState) => ({
    ...s,
    households: [...s.households, { label, visited: '2026-11-01', skills: [] as never[], note: '' }],
  });

  it('builds every change on what storage holds now: two tabs never write over each other', () => {
    const { storage } = memory();
    const tabA = new TallyBook(storage);
    const tabB = new TallyBook(storage);
    tabA.change(add('Nhà 1'));
    tabB.change(add('Nhà 2'));
    tabA.change(add('Nhà 3'));
    expect(loadTally(storage).state.households.map((h) => h.label)).toEqual(['Nhà 1', 'Nhà 2', 'Nhà 3']);
    expect(tabB.reload().households).toHaveLength(3);
  });

  it('keeps a change storage refused in the page, reports it, and builds on it until storage takes it', () => {
    const { storage, quota } = memory();
    const book = new TallyBook(storage);
    book.change(add('Nhà 1'));
    quota.full = true;
    expect(book.change(add('Nhà 2')).kept).toBe(false);
    expect(book.onlyInPage).toBe(true);
    expect(book.change(add('Nhà 3')).kept).toBe(false);
    expect(book.reload().households.map((h) => h.label)).toEqual(['Nhà 1', 'Nhà 2', 'Nhà 3']);
    quota.full = false;
    expect(book.change((s) => ({ ...s, village: 'Thôn Đông' })).kept).toBe(true);
    expect(loadTally(storage).state.households).toHaveLength(3);
    expect(book.onlyInPage).toBe(false);
  });

  it('only reads a book written by a newer version of the site', () => {
    const { storage, data } = memory({ [TALLY_KEY]: '{"version":2,"households":[]}' });
    const book = new TallyBook(storage);
    expect(book.readOnly).toBe(true);
    expect(book.change(add('Nhà 1')).kept).toBe(false);
    expect(data.get(TALLY_KEY)).toBe('{"version":2,"households":[]}');
  });
});
