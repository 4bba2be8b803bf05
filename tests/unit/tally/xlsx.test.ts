import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { householdsToXlsx } from '../../../src/lib/tally/xlsx';
import { labels, skills } from './fixtures';

describe('Excel export', () => {
  it('writes a workbook with the households and the village summary, Vietnamese intact', async () => {
    const blob = await householdsToXlsx(
      [{ label: 'Nhà số 12', visited: '2026-11-20', skills: [1, 2, 3, 4, 5], note: 'Ông Đức đã tự chuyển tiền được' }],
      skills,
      labels,
      'Thôn Đông',
    );
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']),
    );
    const text = Object.values(files)
      .map((f) => strFromU8(f))
      .join('\n');
    for (const value of [
      'Nhãn hộ',
      'Nhà số 12',
      '20/11/2026',
      'Ông Đức đã tự chuyển tiền được',
      'Tự bảo vệ trên không gian mạng',
      'Thôn Đông',
      'Số hộ đủ 5 kỹ năng',
    ]) {
      expect(text).toContain(value);
    }
    expect(strFromU8(files['xl/workbook.xml'] as Uint8Array)).toMatch(/Các hộ[\s\S]*Tổng hợp/);
  });
});
