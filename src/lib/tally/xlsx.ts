import type { Household, Skill } from './household';
import { tableRows } from './table';
import { summarize } from './tally';

/** The words of the workbook's sheets, from the page's UI strings. */
export interface WorkbookLabels {
  households: string;
  summary: string;
  visited: string;
  allFive: string;
  skill: string;
  count: string;
  village: string;
}

/**
 * The tally as an Excel workbook (.xlsx), the one format that opens the same, Vietnamese intact,
 * in Excel whatever its language, in LibreOffice and in Google Sheets. Two sheets: the households,
 * and the village summary. `write-excel-file` is loaded only when the member exports.
 */
export async function householdsToXlsx(
  households: readonly Household[],
  skillNames: Record<Skill, string>,
  labels: WorkbookLabels,
  village: string,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const [header = [], ...body] = tableRows(households, skillNames);
  const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
  const summary = summarize(households);
  const summaryRows = [
    [bold(labels.village), { value: village }],
    [bold(labels.visited), { value: summary.visited }],
    [bold(labels.allFive), { value: summary.allFive }],
    [bold(labels.skill), bold(labels.count)],
    ...([1, 2, 3, 4, 5] as const).map((s) => [{ value: skillNames[s] }, { value: summary.perSkill[s] }]),
  ];
  return writeXlsxFile([
    {
      sheet: labels.households,
      data: [header.map(bold), ...body.map((row) => row.map((value) => ({ value })))],
      columns: [{ width: 18 }, { width: 12 }, ...header.slice(2, 7).map(() => ({ width: 14 })), { width: 40 }],
    },
    { sheet: labels.summary, data: summaryRows, columns: [{ width: 36 }, { width: 14 }] },
  ]).toBlob();
}
