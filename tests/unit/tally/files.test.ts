import { describe, expect, it } from 'vitest';
import { readTallyFile, tallyFile, tallyFileName } from '../../../src/lib/tally/files';
import { emptyTally, type TallyState } from '../../../src/lib/tally/store';
import { labels, skills } from './fixtures';

const state: TallyState = {
  ...emptyTally(),
  village: 'Thôn Đồng',
  households: [{ label: 'Nhà số 12', visited: '2026-11-20', skills: [1, 3], note: '' }],
  changedAt: '2026-11-20T03:00:00.000Z',
};
const today = '2026-11-22';

describe('the files a member saves the tally as', () => {
  it('names each file after the village and the day, without marks', async () => {
    expect(tallyFileName('Thôn Đồng', today, 'csv')).toBe('so-theo-doi-thon-dong-2026-11-22.csv');
    expect(tallyFileName('', today, 'json')).toBe('so-theo-doi-2026-11-22.json');
    for (const kind of ['xlsx', 'csv', 'json'] as const) {
      const { name } = await tallyFile(kind, state, skills, labels, today, '2026-11-22T01:00:00.000Z');
      expect(name).toBe(`so-theo-doi-thon-dong-2026-11-22.${kind}`);
    }
  });

  it('reads its own backup and its own CSV back to the same households', async () => {
    const now = '2026-11-22T01:00:00.000Z';
    const json = await (await tallyFile('json', state, skills, labels, today, now)).blob.text();
    expect(readTallyFile('so-theo-doi.json', json, skills, today)).toEqual({
      kind: 'read',
      households: state.households,
      issues: [],
      village: 'Thôn Đồng',
    });
    const csv = await (await tallyFile('csv', state, skills, labels, today, now)).blob.text();
    expect(readTallyFile('so-theo-doi.csv', csv, skills, today)).toMatchObject({
      kind: 'read',
      households: state.households,
      issues: [],
    });
  });

  it('knows a backup by its first character even when renamed, and refuses JSON it did not write', () => {
    expect(readTallyFile('sao-luu.txt', '{"hello": 1}', skills, today)).toEqual({ kind: 'notOurs' });
    expect(readTallyFile('a.json', 'không phải JSON', skills, today)).toEqual({ kind: 'notOurs' });
  });

  it('reports a CSV row it cannot use with its line, and keeps the others', () => {
    const csv = `Nhãn hộ;Ngày thăm;${Object.values(skills).join(';')};Ghi chú\r\nNhà 1;20/11/2026;x;;;;;\r\nNhà 2;32/13/2026;;;;;;\r\n`;
    const file = readTallyFile('so.csv', csv, skills, today);
    expect(file.kind === 'read' && file.households.map((h) => h.label)).toEqual(['Nhà 1']);
    expect(file.kind === 'read' && file.issues.map((i) => i.line)).toEqual([3]);
  });
});
