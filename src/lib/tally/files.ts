import { foldVietnamese } from '../text/fold';
import type { Household, Skill } from './household';
import { fromBackup, type TallyState, toBackup } from './store';
import { householdsFromCsv, householdsToCsv, type ImportIssue } from './table';
import type { WorkbookLabels } from './xlsx';

/** The three files a member can save the tally as. */
export type ExportKind = 'xlsx' | 'csv' | 'json';
export const EXPORT_KINDS: readonly ExportKind[] = ['xlsx', 'csv', 'json'];

/** A file name without marks or spaces: `so-theo-doi-thon-dong-2026-11-22.xlsx`. */
export function tallyFileName(village: string, today: string, extension: string): string {
  const slug = foldVietnamese(village)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `so-theo-doi${slug ? `-${slug}` : ''}-${today}.${extension}`;
}

/**
 * The tally as a file to download: an Excel workbook (loaded only then), a CSV, or the JSON
 * backup that can be imported back whole. `now` is the backup's export time.
 */
export async function tallyFile(
  kind: ExportKind,
  state: TallyState,
  skills: Record<Skill, string>,
  labels: WorkbookLabels,
  today: string,
  now: string,
): Promise<{ name: string; blob: Blob }> {
  const name = tallyFileName(state.village, today, kind);
  if (kind === 'xlsx') {
    const { householdsToXlsx } = await import('./xlsx');
    return { name, blob: await householdsToXlsx(state.households, skills, labels, state.village) };
  }
  if (kind === 'csv')
    return { name, blob: new Blob([householdsToCsv(state.households, skills)], { type: 'text/csv;charset=utf-8' }) };
  return { name, blob: new Blob([toBackup(state, now)], { type: 'application/json' }) };
}

/** What an imported file holds, or that it is not a tally this site wrote. */
export type ImportedFile =
  | { kind: 'notOurs' }
  | { kind: 'read'; households: Household[]; issues: ImportIssue[]; village: string };

/**
 * Reads a file the member picked: a JSON backup (by its name or its first character) whole, or
 * a CSV (the site's own, or one edited in a spreadsheet) row by row, each row it cannot use
 * reported with its line number.
 */
export function readTallyFile(name: string, text: string, skills: Record<Skill, string>, today: string): ImportedFile {
  const isJson = /\.json$/i.test(name) || /^\uFEFF?\s*\{/.test(text);
  if (isJson) {
    const backup = fromBackup(text);
    return backup ? { kind: 'read', households: backup.households, issues: [], village: backup.village } : { kind: 'notOurs' };
  }
  const { households, issues } = householdsFromCsv(text, skills, today);
  return { kind: 'read', households, issues, village: '' };
}

/** Hands a file to the browser's download (the member's phone keeps it in "Tải xuống"). */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}
