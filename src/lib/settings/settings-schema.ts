import { z } from 'astro/zod';
import { curlyQuotes } from '../content-checks/typography';

/** Text a locality types and readers see: trimmed, with curly quotes. */
const shown = () => z.string().trim().transform(curlyQuotes);

/** A phone number as people write it: digits, spaces, dots and an optional leading +. */
const phone = z
  .string()
  .trim()
  .regex(/^(\+?[\d .]{6,20})?$/, 'chỉ gồm chữ số, dấu cách, dấu chấm (only digits, spaces, dots)');

/**
 * The one settings file of a locality (`content/settings.yaml`).
 * Empty strings mean "not set": the site then says so instead of printing something wrong.
 */
export const SettingsSchema = z.strictObject({
  /** Absolute URL the site is served from, without the base path. Needed for QR codes. */
  siteUrl: z
    .union([
      z.literal(''),
      z.url({ protocol: /^https?$/, error: 'phải là địa chỉ bắt đầu bằng http:// hoặc https:// (must be an http(s) URL)' }),
    ])
    .default(''),
  /** Folder the site lives in on its host: `/` or e.g. `/ky-nang-so/`. */
  basePath: z
    .string()
    .regex(/^\/([a-z0-9-]+\/)*$/, 'phải bắt đầu và kết thúc bằng dấu /, ví dụ /ky-nang-so/ (must start and end with /)')
    .default('/'),
  /** The locality's name, e.g. "xã An Bình". */
  locality: shown().default(''),
  /** Who made and maintains the site; shown in every footer. */
  publisher: z.string().trim().min(1, 'cần ghi ai làm trang này (who made the site)').transform(curlyQuotes),
  /** The local team printed on handouts. */
  team: z.strictObject({ name: shown().default(''), phone: phone.default('') }).prefault({}),
  /** Where a reader reports a mistake in a lesson. */
  report: z
    .strictObject({
      email: z.union([z.literal(''), z.email('email không hợp lệ (invalid email)')]).default(''),
      phone: phone.default(''),
    })
    .prefault({}),
});

export type Settings = z.output<typeof SettingsSchema>;
