import { describe, expect, it } from 'vitest';
import { BOM, detectSeparator, parseCsv, toCsv } from '../../../src/lib/tally/csv';
import type { Household } from '../../../src/lib/tally/household';
import { householdsFromCsv, householdsToCsv, parseDateCell } from '../../../src/lib/tally/table';
import { skills } from './fixtures';

const today = '2026-11-22';
const households: Household[] = [
  { label: 'Nhà số 12', visited: '2026-11-20', skills: [1, 3], note: 'Bà Tư cần học thêm; hẹn "thứ Bảy"' },
  { label: 'Ngõ 3, nhà 7', visited: '2026-11-21', skills: [1, 2, 3, 4, 5], note: 'Dòng một\nDòng hai' },
  { label: 'Đội 4', visited: '2026-11-02', skills: [], note: '=1+1 không phải công thức' },
];

describe('CSV', () => {
  it('writes UTF-8 with a byte-order mark, `;` between fields and CRLF line ends', () => {
    const csv = householdsToCsv(households, skills);
    expect(csv.startsWith(BOM)).toBe(true);
    const [header] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'Nhãn hộ;Ngày thăm;Dịch vụ công trực tuyến;Mua sắm trực tuyến;Thanh toán trực tuyến;Tự bảo vệ trên không gian mạng;Nền tảng số ở địa phương;Ghi chú',
    );
    expect(csv).toContain('Nhà số 12;20/11/2026;x;;x;;;"Bà Tư cần học thêm; hẹn ""thứ Bảy"""');
  });

  it('quotes separators, quotes and line breaks, and guards formulas', () => {
    expect(toCsv([['a;b', 'c"d', 'e\nf', '=SUM(A1)']])).toBe(`${BOM}"a;b";"c""d";"e\nf";'=SUM(A1)\r\n`);
  });

  it('round-trips households without loss, Vietnamese text, commas and line breaks included', () => {
    const back = householdsFromCsv(householdsToCsv(households, skills), skills, today);
    expect(back.issues).toEqual([]);
    expect(back.households).toEqual(households);
  });

  it('reads a comma-separated file, as Google Sheets or an English Excel saves it', () => {
    const text =
      'Nhãn hộ,Ngày thăm,Dịch vụ công trực tuyến,Mua sắm trực tuyến,Thanh toán trực tuyến,Tự bảo vệ trên không gian mạng,Nền tảng số ở địa phương,Ghi chú\n"Nhà 5, xóm Đông",2026-11-03,có,,x,,,ghi chú\n';
    expect(detectSeparator(text)).toBe(',');
    expect(householdsFromCsv(text, skills, today)).toEqual({
      households: [{ label: 'Nhà 5, xóm Đông', visited: '2026-11-03', skills: [1, 3], note: 'ghi chú' }],
      issues: [],
    });
  });

  it('finds columns by name in any order, without marks or case', () => {
    const text =
      'ghi chu;NHAN HO;ngay tham;nen tang so o dia phuong;tu bao ve tren khong gian mang;thanh toan truc tuyen;mua sam truc tuyen;dich vu cong truc tuyen\nx;Nhà 1;1/11/2026;x;;;;x\n';
    expect(householdsFromCsv(text, skills, today).households).toEqual([
      { label: 'Nhà 1', visited: '2026-11-01', skills: [1, 5], note: 'x' },
    ]);
  });

  it('reports a wrong header: the missing columns, nothing imported', () => {
    const result = householdsFromCsv('Tên;Ngày\nA;1/1/2026\n', skills, today);
    expect(result.households).toEqual([]);
    expect(result.issues.map((i) => [i.line, i.problem, i.detail])).toEqual([
      [1, 'missingColumn', 'Nhãn hộ'],
      [1, 'missingColumn', 'Ngày thăm'],
      ...Object.values(skills).map((name) => [1, 'missingColumn', name]),
    ]);
  });

  it('imports the good rows and reports each bad one with its line and reason', () => {
    const header = householdsToCsv([], skills).slice(1);
    const text = `${header}Nhà 1;1/11/2026;x;;;;;\nNhà 2;31/2/2026;;;;;;\nnhà 1;2/11/2026;;;;;;\n001234567890;1/11/2026;;;;;;\nNhà 3;1/11/2026;có lẽ;;;;;\n`;
    const result = householdsFromCsv(text, skills, today);
    expect(result.households.map((h) => h.label)).toEqual(['Nhà 1']);
    expect(result.issues.map((i) => [i.line, i.problem])).toEqual([
      [3, 'dateInvalid'],
      [4, 'duplicateLabel'],
      [5, 'labelLooksLikeId'],
      [6, 'skillCellInvalid'],
    ]);
  });

  it('reports an unclosed quote with the line it starts on', () => {
    const header = householdsToCsv([], skills).slice(1);
    expect(householdsFromCsv(`${header}"Nhà 4;1/11/2026;;;;;;\n`, skills, today).issues).toEqual([
      { line: 2, problem: 'unclosedQuote' },
    ]);
  });

  it('reports an empty file', () => {
    expect(householdsFromCsv('', skills, today).issues).toEqual([{ line: 1, problem: 'emptyFile' }]);
    expect(householdsFromCsv(`${BOM}\r\n\r\n`, skills, today).issues).toEqual([{ line: 1, problem: 'emptyFile' }]);
  });

  it('parses quoted fields across lines and counts lines from where each record starts', () => {
    expect(parseCsv('a;b\r\n"x\r\ny";z\r\nc;d\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x\r\ny', 'z'] },
      { line: 4, fields: ['c', 'd'] },
    ]);
  });

  it('reads Vietnamese and ISO dates', () => {
    expect(parseDateCell('22/11/2026')).toBe('2026-11-22');
    expect(parseDateCell('2026-11-2')).toBe('2026-11-02');
    expect(parseDateCell('22-11-2026')).toBe('2026-11-22');
    expect(parseDateCell('hôm qua')).toBeUndefined();
  });
});
