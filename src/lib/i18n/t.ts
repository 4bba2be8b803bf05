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

/**
 * The UI strings under one prefix (`kns.quiz.`), keyed in full, for a custom element to read from
 * a `data-strings` attribute: the page's script then carries no text of its own.
 */
export function stringsFor(t: T, prefix: `kns.${string}.`): Record<string, string> {
  const all = Object.entries(t.all() as Record<string, unknown>);
  return Object.fromEntries(
    all.filter((entry): entry is [string, string] => entry[0].startsWith(prefix) && typeof entry[1] === 'string'),
  );
}
