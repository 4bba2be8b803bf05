import { z } from 'astro/zod';
import { isIsoDay, todayInVietnam } from '../format/date';

/**
 * A calendar date written `YYYY-MM-DD` (YAML turns that into a Date; a quoted string works too).
 * `22/11/2026` is refused rather than guessed, and a date after today is refused: a reviewed
 * date must be honest.
 */
export const ReviewedDateSchema = z
  .union([z.date(), z.string()], { error: 'cần ngày dạng YYYY-MM-DD, ví dụ 2026-11-22 (expected a date)' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    if (!isIsoDay(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${String(value)}" không phải ngày dạng YYYY-MM-DD, ví dụ 2026-11-22 (expected YYYY-MM-DD)`,
      });
      return z.NEVER;
    }
    if (text > todayInVietnam()) {
      ctx.addIssue({
        code: 'custom',
        message: `ngày ${text} chưa tới: chỉ ghi ngày đã thực sự xem lại bài (date is in the future)`,
      });
      return z.NEVER;
    }
    return new Date(`${text}T00:00:00Z`);
  });
