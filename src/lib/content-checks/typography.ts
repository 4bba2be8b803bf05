import type { Passage } from './readability';

/**
 * Typography of shown text: quotations take Vietnamese curly quotes, “…”, as the lessons print
 * them. A straight double quote (") in text a reader sees is a typing slip (or a word processor's
 * leftover); this names where each one is.
 */
export function straightQuotes(passages: readonly Passage[]): string[] {
  return passages
    .filter((p) => p.text.includes('"'))
    .map((p) => {
      // The words around the first quote, so the author finds it in a long paragraph.
      const text = p.text.trim();
      const at = text.indexOf('"');
      const from = Math.max(0, at - 30);
      return `${p.where}: ${from > 0 ? '…' : ''}${text.slice(from, at + 50)}${at + 50 < text.length ? '…' : ''}`;
    });
}

/** Every string in a parsed YAML or JSON document, with its path (`groups[3].why`). */
export function stringsIn(value: unknown, where = ''): Passage[] {
  if (typeof value === 'string') return [{ where: where || '(cả tệp)', text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${where}[${i + 1}]`));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, where ? `${where}.${key}` : key));
  return [];
}

/**
 * Straight quotes a reader would see, turned into curly ones: an opening quote at the start or
 * after a space or an opening bracket, a closing one elsewhere. For text a locality types into its
 * settings, so that it is shown right without the build stopping on it.
 */
export function curlyQuotes(text: string): string {
  return text.replace(/"/g, (_, at: number) => (at === 0 || /[\s([{–—-]/.test(text[at - 1] ?? '') ? '“' : '”'));
}
