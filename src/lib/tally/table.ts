import { formatDateVi } from '../format/date';
import { foldVietnamese } from '../text/fold';
import { CsvError, parseCsv, toCsv, unguard } from './csv';
import { HOUSEHOLD_PROBLEMS, type Household, labelKey, SKILLS, type Skill, validateHousehold } from './household';

/**
 * The tally as a table: one row per household, the columns people read in a spreadsheet.
 * Used for the CSV and the .xlsx export, and to import a CSV back.
 */
export const COLUMN_LABEL = 'Nhãn hộ';
export const COLUMN_VISITED = 'Ngày thăm';
export const COLUMN_NOTE = 'Ghi chú';
/** What a ticked skill cell holds. */
export const TICK = 'x';

/** Day/month/year of a `YYYY-MM-DD` day, as a Vietnamese reader writes it (lib/format/date.ts). */
export const toVietnameseDate = (iso: string) => formatDateVi(new Date(`${iso}T00:00:00Z`));

/** `22/11/2026`, `22-11-2026` or `2026-11-22` → `2026-11-22`; anything else → undefined. */
export function parseDateCell(text: string): string | undefined {
  const value = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (match) return `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (match) return `${match[3]}-${match[2]?.padStart(2, '0')}-${match[1]?.padStart(2, '0')}`;
  return undefined;
}

export function headerRow(skillNames: Record<Skill, string>): string[] {
  return [COLUMN_LABEL, COLUMN_VISITED, ...SKILLS.map((s) => skillNames[s]), COLUMN_NOTE];
}

export function tableRows(households: readonly Household[], skillNames: Record<Skill, string>): string[][] {
  return [
    headerRow(skillNames),
    ...households.map((h) => [
      h.label,
      toVietnameseDate(h.visited),
      ...SKILLS.map((s) => (h.skills.includes(s) ? TICK : '')),
      h.note,
    ]),
  ];
}

export function householdsToCsv(households: readonly Household[], skillNames: Record<Skill, string>): string {
  return toCsv(tableRows(households, skillNames));
}

/** Why a row (or the whole file) was not imported; each has a message `kns.tally.problem.<reason>`. */
export const ROW_PROBLEMS = [
  ...HOUSEHOLD_PROBLEMS,
  'emptyFile',
  'unclosedQuote',
  'missingColumn',
  'duplicateLabel',
  'skillCellInvalid',
  'tooManyFields',
] as const;
export type RowProblem = (typeof ROW_PROBLEMS)[number];

export interface ImportIssue {
  /** Line in the file, from 1. */
  line: number;
  problem: RowProblem;
  /** The column or value concerned, when there is one. */
  detail?: string;
}

/** A header or cell as compared: marks, đ, case and outer spaces ignored. */
const normalise = (text: string) => foldVietnamese(text).trim().toLowerCase();

function skillCell(value: string): boolean | undefined {
  const v = normalise(value);
  if (['', '0', 'khong', 'chua', 'false', 'no'].includes(v)) return false;
  if (['x', '1', 'co', 'da', 'true', 'yes', '✓', '✔'].includes(v)) return true;
  return undefined;
}

/**
 * Reads households from CSV text. Columns are found by their header (in any order, marks and
 * case ignored); every row is checked and each bad row is reported with its line and reason, so
 * the good rows can be imported and nothing on the device is lost.
 */
export function householdsFromCsv(
  text: string,
  skillNames: Record<Skill, string>,
  today: string,
): { households: Household[]; issues: ImportIssue[] } {
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return { households: [], issues: [{ line: error.line, problem: 'unclosedQuote' }] };
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) return { households: [], issues: [{ line: 1, problem: 'emptyFile' }] };
  const names = header.fields.map(normalise);
  const columnOf = (name: string) => names.indexOf(normalise(name));
  const wanted = headerRow(skillNames);
  const missing = wanted.filter((name) => name !== COLUMN_NOTE && columnOf(name) === -1);
  if (missing.length > 0) {
    return {
      households: [],
      issues: missing.map((detail) => ({ line: header.line, problem: 'missingColumn' as const, detail })),
    };
  }
  const households: Household[] = [];
  const issues: ImportIssue[] = [];
  const seen = new Map<string, number>();
  const cell = (fields: string[], name: string) => {
    const index = columnOf(name);
    return index === -1 ? '' : (fields[index] ?? '').trim();
  };
  for (const { line, fields } of rows) {
    if (fields.every((f) => f.trim() === '')) continue;
    if (fields.length > header.fields.length && fields.slice(header.fields.length).some((f) => f.trim())) {
      issues.push({ line, problem: 'tooManyFields' });
      continue;
    }
    const skills: Skill[] = [];
    const bad = SKILLS.find((s) => {
      const ticked = skillCell(cell(fields, skillNames[s]));
      if (ticked) skills.push(s);
      return ticked === undefined;
    });
    if (bad) {
      issues.push({ line, problem: 'skillCellInvalid', detail: skillNames[bad] });
      continue;
    }
    const rawDate = cell(fields, COLUMN_VISITED);
    const result = validateHousehold(
      {
        label: unguard(cell(fields, COLUMN_LABEL)),
        visited: parseDateCell(rawDate) ?? rawDate,
        skills,
        note: unguard(cell(fields, COLUMN_NOTE)),
      },
      today,
    );
    if (!result.household) {
      for (const problem of result.problems)
        issues.push({ line, problem, ...(problem.startsWith('date') ? { detail: rawDate } : {}) });
      continue;
    }
    const key = labelKey(result.household.label);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ line, problem: 'duplicateLabel', detail: String(first) });
      continue;
    }
    seen.set(key, line);
    households.push(result.household);
  }
  if (rows.length === 0) issues.push({ line: header.line, problem: 'emptyFile' });
  return { households, issues };
}
