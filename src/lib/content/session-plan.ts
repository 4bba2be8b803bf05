import { z } from 'astro/zod';
import { ListItemsSchema } from './list-items';
import { readValidatedYaml } from './yaml-file';

/** What every session at the cultural house needs, printed on each course's plan (`content/buoi-hoc.yaml`). */
export const SessionPlanSchema = z.strictObject({
  /** What to bring: projector, cable, spare phones, handouts, QR poster… */
  materials: ListItemsSchema,
  /** What to do before residents arrive. */
  before: ListItemsSchema,
});

export const SESSION_PLAN_FILE = 'content/buoi-hoc.yaml';

export const getSessionPlan = () => readValidatedYaml(SESSION_PLAN_FILE, SessionPlanSchema);
