import { z } from 'astro/zod';

/** Where a fact in the lesson comes from. */
export const SourceSchema = z.strictObject({
  /** Title of the page or document, as published. */
  title: z.string().trim().min(3),
  /** Full address of the page. */
  url: z.url({ protocol: /^https?$/ }),
  /** Who published it, e.g. "Bộ Công an" or "VnExpress". */
  publisher: z.string().trim().min(2).optional(),
  /** When it was published, as the page shows it (e.g. "7/1/2026"); a bare year such as 2025 is fine. */
  date: z
    .union([z.string(), z.number().int()])
    .transform((value) => String(value).trim())
    .pipe(z.string().min(4))
    .optional(),
});

export type Source = z.output<typeof SourceSchema>;
