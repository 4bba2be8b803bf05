import { z } from 'astro/zod';
import { ListItemsSchema } from './list-items';
import { readValidatedYaml } from './yaml-file';

/** The printable visit checklist a team member takes door to door (`content/phieu-tham-ho.yaml`). */
export const VisitChecklistSchema = z.strictObject({
  /** What the team member brings. */
  bring: ListItemsSchema,
  /** What to check on the resident's phone. */
  phone: ListItemsSchema,
  /** Safety reminders while helping. */
  safety: ListItemsSchema,
});

export const VISIT_CHECKLIST_FILE = 'content/phieu-tham-ho.yaml';

export const getVisitChecklist = () => readValidatedYaml(VISIT_CHECKLIST_FILE, VisitChecklistSchema);
