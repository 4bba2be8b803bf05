import { z } from 'astro/zod';
import { readValidatedYaml } from './yaml-file';

/** Lists a locality may reword: short lines, one thing each. */
const items = z.array(z.string().trim().min(5).max(160)).min(1).max(8);

/** The printable visit checklist (`content/phieu-tham-ho.yaml`). */
export const ChecklistSchema = z.strictObject({
  /** What the team member brings. */
  bring: items,
  /** What to check on the resident's phone. */
  phone: items,
  /** Safety reminders while helping. */
  safety: items,
});

/** A session at the cultural house (`content/buoi-hoc.yaml`). */
export const SessionSchema = z.strictObject({
  /** What to bring: projector, cable, spare phones, handouts, QR poster… */
  materials: items,
  /** What to do before residents arrive. */
  before: items,
});

export const getChecklist = () => readValidatedYaml('content/phieu-tham-ho.yaml', ChecklistSchema);
export const getSession = () => readValidatedYaml('content/buoi-hoc.yaml', SessionSchema);
