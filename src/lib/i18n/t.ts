import type { AstroGlobal } from 'astro';
import type { UiKey } from './ui-strings-schema';

type T = AstroGlobal['locals']['t'];

/**
 * A UI string with values filled in. Astro escapes what it renders, so i18next must not escape
 * too (it would show `&quot;` to the reader).
 */
export function tx(t: T, key: UiKey, values: Record<string, string | number>): string {
  const translate = t as unknown as (key: string, options: object) => string;
  return translate(key, { ...values, interpolation: { escapeValue: false } });
}
