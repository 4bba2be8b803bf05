/**
 * CSV reading and writing (RFC 4180): fields with the separator, quotes or line breaks are quoted,
 * quotes doubled. Written as UTF-8 with a byte-order mark, lines ending CRLF, separated by `;`:
 * what Excel set to Vietnamese (list separator `;`) opens directly; LibreOffice and Google Sheets
 * detect it. Read back with `,`, `;` or tab, whichever the header uses.
 */
export const BOM = '\uFEFF';

export interface CsvRecord {
  /** Line of the file where the record starts, from 1. */
  line: number;
  fields: string[];
}

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe. */
function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsvLine(fields: readonly string[], separator = ';'): string {
  return fields
    .map((raw) => {
      const value = guardFormula(raw);
      return /["\r\n]/.test(value) || value.includes(separator) || /^\s|\s$/.test(value)
        ? `"${value.replaceAll('"', '""')}"`
        : value;
    })
    .join(separator);
}

export function toCsv(rows: readonly (readonly string[])[], separator = ';'): string {
  return `${BOM}${rows.map((row) => toCsvLine(row, separator)).join('\r\n')}\r\n`;
}

/** The separator the header line uses: the most frequent of `;`, `,` and tab outside quotes. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ';';
}

/**
 * Splits CSV text into records. Throws `CsvError` with the line where a quoted field never ends.
 * Blank lines are skipped.
 */
export function parseCsv(input: string, separator = detectSeparator(input.replace(/^\uFEFF/, ''))): CsvRecord[] {
  const text = input.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += char;
  }
  if (quoted) throw new CsvError(quoteLine);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** A quoted field that is never closed. */
export class CsvError extends Error {
  constructor(readonly line: number) {
    super(`Unclosed quote starting on line ${line}`);
  }
}

/** Undoes `guardFormula` when reading our own files back. */
export function unguard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
