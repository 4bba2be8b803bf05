/**
 * The one way a custom element reads its UI strings in the browser. The server writes the strings
 * under one prefix into the element's `data-strings` attribute (`stringsFor()` in t.ts), so the
 * page's script carries no text of its own and a province rewording a string changes it
 * everywhere; here they are read and filled.
 */

/** A UI string by its key after the prefix (`'score'` for `kns.quiz.score`), `{{name}}`s filled. */
export type Say = (key: string, values?: Record<string, string | number>) => string;

/** Fills `{{name}}` placeholders, as i18next does on the server; an unknown name becomes empty. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/**
 * The strings of an element, or undefined when its `data-strings` is missing or unreadable (then
 * the element does nothing and the page stays as the server rendered it). A key that is not there
 * reads as itself, which a test would catch before a reader does.
 */
export function readStrings(element: HTMLElement, prefix: `kns.${string}.`): Say | undefined {
  let strings: unknown;
  try {
    strings = JSON.parse(element.dataset.strings ?? '');
  } catch {
    return undefined;
  }
  if (!strings || typeof strings !== 'object') return undefined;
  const table = strings as Record<string, unknown>;
  return (key, values) => {
    const text = table[`${prefix}${key}`];
    return fill(typeof text === 'string' ? text : key, values);
  };
}
