/**
 * The reader's text size: three steps, kept on the device, applied to the root font size so that
 * everything measured in rem (text, spacing, buttons) grows together. The boot script in
 * lib/storage/prefs-boot.ts applies it before the first paint.
 */
export const TEXT_SIZES = ['normal', 'large', 'xlarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** localStorage key of the chosen size; "normal" is not stored. */
export const TEXT_SIZE_KEY = 'kns.textSize';
/** Attribute on `<html>` that carries a size other than normal (see styles/reading.css). */
export const TEXT_SIZE_ATTR = 'data-kns-text';

/** What storage holds, read safely: anything unknown (junk, an old value) is the normal size. */
export function parseTextSize(value: unknown): TextSize {
  return TEXT_SIZES.find((size) => size !== 'normal' && size === value) ?? 'normal';
}
