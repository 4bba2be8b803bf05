import { z } from 'astro/zod';

/** Lists a locality may reword: short lines, one thing each, at most eight. */
export const ListItemsSchema = z.array(z.string().trim().min(5).max(160)).min(1).max(8);
