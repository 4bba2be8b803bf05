import { describe, expect, it } from 'vitest';
import { labelKey, looksLikeIdNumber, validateHousehold } from '../../../src/lib/tally/household';
import {
  combineForUpdate,
  distinctLabel,
  mergeHouseholds,
  removeHousehold,
  saveHousehold,
  summarize,
} from '../../../src/lib/tally/tally';

const today = '2026-11-22';
const h = (label: string, skills: number[] = [], visited = '2026-11-01', note = '') => {
  const result = validateHousehold({ label, skills, visited, note }, today);
  if (!result.household) throw new Error(result.problems.join());
  return result.household;
};

describe('a household record', () => {
  it('is cleaned: spaces collapsed, skills sorted once', () => {
    expect(h('  Nhà  số 12 ', [3, 1, 3])).toEqual({ label: 'Nhà số 12', visited: '2026-11-01', skills: [1, 3], note: '' });
  });

  it('refuses an empty label, a long one, and one that looks like an ID number', () => {
    const check = (label: string) => validateHousehold({ label, skills: [], visited: today, note: '' }, today).problems;
    expect(check('  ')).toEqual(['labelMissing']);
    expect(check('x'.repeat(41))).toEqual(['labelTooLong']);
    expect(check('CCCD 001 234 567 890')).toEqual(['labelLooksLikeId']);
    expect(check('Nhà số 12')).toEqual([]);
  });

  it('refuses impossible and future dates, unknown skills and long notes', () => {
    const check = (visited: string, skills: number[] = [], note = '') =>
      validateHousehold({ label: 'A', skills, visited, note }, today).problems;
    expect(check('2026-02-30')).toEqual(['dateInvalid']);
    expect(check('2026-12-01')).toEqual(['dateInFuture']);
    expect(check(today, [6])).toEqual(['skillInvalid']);
    expect(check(today, [], 'x'.repeat(501))).toEqual(['noteTooLong']);
  });

  it('compares labels without case, tone marks, đ or spacing', () => {
    expect(labelKey(' NHÀ  Số 12')).toBe(labelKey('nhà số 12'));
    expect(labelKey('nha so 12')).toBe(labelKey('Nhà số 12'));
    expect(labelKey('Đội 3')).toBe(labelKey('doi 3'));
    expect(labelKey('Nhà 12')).not.toBe(labelKey('Nhà 1 2'));
    expect(looksLikeIdNumber('0912.345.678')).toBe(true);
    expect(looksLikeIdNumber('Ngõ 3, nhà 12')).toBe(false);
  });
});

describe('the tally', () => {
  const saved = (outcome: ReturnType<typeof saveHousehold>) => {
    if (outcome.kind !== 'saved') throw new Error(`conflict: ${outcome.reason}`);
    return outcome.households;
  };

  it('adds households in natural order, renames and removes them', () => {
    let list = saved(saveHousehold([], h('Nhà 10')));
    list = saved(saveHousehold(list, h('Nhà 2')));
    expect(list.map((x) => x.label)).toEqual(['Nhà 2', 'Nhà 10']);
    list = saved(saveHousehold(list, h('Nhà 3', [1]), h('Nhà 2')));
    expect(list.map((x) => x.label)).toEqual(['Nhà 3', 'Nhà 10']);
    expect(removeHousehold(list, 'NHÀ 10').map((x) => x.label)).toEqual(['Nhà 3']);
  });

  it('never replaces a household whose label is already in the book: it reports a conflict', () => {
    const first = h('Nhà số 12', [1, 2], '2026-11-01', 'bà Hoa cần học VNeID');
    const list = saved(saveHousehold([], first));
    for (const typed of ['nhà số 12', 'Nha so 12', ' NHÀ  SỐ 12 ']) {
      const outcome = saveHousehold(list, h(typed, [3]));
      expect(outcome).toEqual({ kind: 'conflict', reason: 'sameLabel', existing: first });
    }
    // Renaming another household to a label in use is a conflict too; editing itself is not.
    const two = saved(saveHousehold(list, h('Nhà 5')));
    expect(saveHousehold(two, h('Nhà số 12'), h('Nhà 5'))).toMatchObject({ kind: 'conflict', reason: 'sameLabel' });
    expect(saveHousehold(two, h('Nhà Số 12', [1, 2, 3], '2026-11-01', 'xong'), first)).toMatchObject({ kind: 'saved' });
  });

  it('reports an edit whose household changed in another tab since the form was opened', () => {
    const opened = h('Nhà 1', [1]);
    const changed = h('Nhà 1', [1, 4]);
    expect(saveHousehold([changed], h('Nhà 1', [1, 2]), opened)).toEqual({
      kind: 'conflict',
      reason: 'changedElsewhere',
      existing: changed,
    });
    expect(saveHousehold([], h('Nhà 1', [1, 2]), opened)).toEqual({
      kind: 'conflict',
      reason: 'changedElsewhere',
      existing: undefined,
    });
  });

  it('offers the household already there with what was typed added: all skills, the later visit, both notes', () => {
    const existing = h('Nhà số 12', [1, 2], '2026-10-01', 'bà Hoa cần học VNeID');
    expect(combineForUpdate(existing, h('nha so 12', [2, 5], '2026-11-05', 'đã cài VNeID'))).toEqual({
      label: 'Nhà số 12',
      visited: '2026-11-05',
      skills: [1, 2, 5],
      note: 'bà Hoa cần học VNeID\nđã cài VNeID',
    });
    expect(combineForUpdate(existing, h('Nhà số 12', [], '2026-09-01', 'bà Hoa cần học VNeID'))).toEqual(existing);
  });

  it('finds a distinct label to keep two households apart, within the label limit', () => {
    const list = [h('Nhà số 12'), h('Nhà số 12 (2)')];
    expect(distinctLabel(list, 'nhà số 12')).toBe('nhà số 12 (3)');
    const long = 'x'.repeat(40);
    expect(distinctLabel([h(long)], long)).toBe(`${'x'.repeat(36)} (2)`);
  });

  it('summarises the village: visited, all five skills, per skill', () => {
    const summary = summarize([h('A', [1, 2, 3, 4, 5]), h('B', [1, 3]), h('C')]);
    expect(summary).toEqual({ visited: 3, allFive: 1, perSkill: { 1: 2, 2: 1, 3: 2, 4: 1, 5: 1 } });
  });

  it('merges an import by label: skills united, the later visit and its note kept', () => {
    const current = [h('Nhà 1', [1], '2026-10-01', 'cũ'), h('Nhà 2', [2], '2026-11-10', 'giữ')];
    const incoming = [h('nhà 1', [3], '2026-11-05', 'mới'), h('Nhà 2', [2], '2026-10-01', ''), h('Nhà 3', [4])];
    const result = mergeHouseholds(current, incoming);
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(result.households).toEqual([
      { label: 'Nhà 1', visited: '2026-11-05', skills: [1, 3], note: 'mới' },
      { label: 'Nhà 2', visited: '2026-11-10', skills: [2], note: 'giữ' },
      { label: 'Nhà 3', visited: '2026-11-01', skills: [4], note: '' },
    ]);
  });
});
