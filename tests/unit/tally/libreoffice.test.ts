import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Household } from '../../../src/lib/tally/household';
import { householdsToCsv } from '../../../src/lib/tally/table';
import { householdsToXlsx } from '../../../src/lib/tally/xlsx';
import { skills } from './fixtures';

// Opens the exports in a real spreadsheet program: LibreOffice, when the machine has it (CI
// installs libreoffice-calc-nogui when it can). Excel and Google Sheets cannot run here; the
// .xlsx format is what they share with LibreOffice.
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

const households: Household[] = [
  { label: 'Nhà số 12', visited: '2026-11-20', skills: [1, 3], note: 'Ông Đức, bà Hoa; hẹn "thứ Bảy"\nhọc tiếp' },
];
const dir = mkdtempSync(join(tmpdir(), 'kns-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts a file with LibreOffice to a comma-separated UTF-8 CSV and returns its text. */
function throughLibreOffice(file: string, inFilter?: string): string {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      ...(inFilter ? [`--infilter=${inFilter}`] : []),
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1',
      '--outdir',
      join(dir, 'out'),
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return readFileSync(
    join(
      dir,
      'out',
      file
        .split('/')
        .at(-1)
        ?.replace(/\.\w+$/, '.csv') ?? '',
    ),
    'utf8',
  );
}

describe.skipIf(!hasSoffice)('the exports in LibreOffice Calc', () => {
  it('opens the .xlsx with every cell and Vietnamese letter intact', { timeout: 180_000 }, async () => {
    const blob = await householdsToXlsx(
      households,
      skills,
      { households: 'Các hộ', summary: 'Tổng hợp', visited: 'a', allFive: 'b', skill: 'c', count: 'd', village: 'e' },
      'Thôn Đông',
    );
    const file = join(dir, 'so-theo-doi.xlsx');
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    const csv = throughLibreOffice(file);
    expect(csv).toContain('"Nhà số 12","20/11/2026","x",,"x",,,"Ông Đức, bà Hoa; hẹn ""thứ Bảy""\nhọc tiếp"');
    expect(csv).toContain('"Tự bảo vệ trên không gian mạng"');
  });

  it('reads the semicolon CSV as UTF-8 into the right columns', { timeout: 180_000 }, () => {
    const file = join(dir, 'so-theo-doi.csv');
    writeFileSync(file, householdsToCsv(households, skills));
    const csv = throughLibreOffice(file, 'CSV:59,34,76,1');
    expect(csv.split('\n')[0]).toBe(
      '"Nhãn hộ","Ngày thăm","Dịch vụ công trực tuyến","Mua sắm trực tuyến","Thanh toán trực tuyến","Tự bảo vệ trên không gian mạng","Nền tảng số ở địa phương","Ghi chú"',
    );
    expect(csv).toContain('"Nhà số 12","20/11/2026","x",,"x",,,');
  });
});
