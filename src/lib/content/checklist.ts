import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { contentErrorMap, formatIssues } from './format-issues';

export const CHECKLIST_FILE = 'content/phieu-tham-ho.yaml';

const items = z.array(z.string().trim().min(5).max(160)).min(1).max(8);

/** The printable visit checklist's lists; a locality may reword them. */
export const ChecklistSchema = z.strictObject({
  /** What the team member brings. */
  bring: items,
  /** What to check on the resident's phone. */
  phone: items,
  /** Safety reminders while helping. */
  safety: items,
});
export type Checklist = z.output<typeof ChecklistSchema>;

export function getChecklist(): Checklist {
  const raw = yaml.load(readFileSync(resolve(process.cwd(), CHECKLIST_FILE), 'utf8'));
  const result = ChecklistSchema.safeParse(raw, { error: contentErrorMap });
  if (!result.success) throw new Error(formatIssues(CHECKLIST_FILE, result.error.issues));
  return result.data;
}
