/**
 * Vietnamese text as people type it: often without tone marks, often without đ, in any case,
 * sometimes decomposed or with the old tone placement (hoà, thuỷ). Pagefind (1.5+) folds tone
 * marks itself but keeps đ apart from d, so "dang ky" never meets "đăng ký".
 *
 * The answer here: every query is folded before it is searched (marks off, đ → d), so a marked
 * query and its unmarked, partly marked, upper-case, decomposed or old-style forms are one and
 * the same search, and the index keeps a folded copy of each page's đ-words beside the real text
 * (lib/search/folded-meta.ts). The index itself is not folded: excerpts keep their marks.
 */

import { foldVietnamese } from '../text/fold';

export { foldVietnamese };

const WORD = /[\p{L}\p{N}]+/gu;

const fold = (word: string) => foldVietnamese(word).toLowerCase();

/** The words of a text, folded and in lower case. */
const foldedWords = (text: string) => (text.normalize('NFC').match(WORD) ?? []).map(fold);

/**
 * Two neighbouring words joined into one search token. Pagefind matches every query term as the
 * start of a word, so a plain join ("dichvu") would also hit words that merely begin that way;
 * the `qz` between them, which no Vietnamese word contains, keeps joined pairs apart from real
 * words. It starts with the first word so that it sits in the same part of the index as that
 * word, and a search downloads no extra part for it.
 */
export const joinPair = (first: string, second: string) => `${fold(first)}qz${fold(second)}`;

/**
 * The folded copy of a text that the index keeps beside it: every word that holds đ, folded, in
 * order and with repeats (so it counts as often as in the text). Words without đ are left out:
 * Pagefind already finds them without their marks, and adding them twice would skew the ranking.
 */
export function foldedDWords(text: string): string {
  return (text.normalize('NFC').match(WORD) ?? [])
    .filter((word) => /[đĐ]/.test(word))
    .map(fold)
    .join(' ');
}

/**
 * Every pair of neighbouring words of a short text (a title, key points, headings), joined and
 * folded, not across punctuation: the index's record of its phrases. A query whose neighbouring
 * words form such a pair then finds the pages that say exactly that first.
 */
export function joinedPairs(text: string): string {
  return text
    .normalize('NFC')
    .split(/[.,;:!?·()“”"]+/)
    .flatMap((part) => {
      const words = part.match(WORD) ?? [];
      return words.slice(1).map((word, i) => joinPair(words[i] ?? '', word));
    })
    .join(' ');
}

/** A query as it is searched when no page holds its phrases: its folded words. */
export function plainQuery(query: string): string {
  return foldedWords(query).join(' ');
}

/**
 * A query as it is searched first: its folded words and its neighbouring words joined. Pagefind
 * wants every term it knows on a page and ignores terms the index does not hold, so the joined
 * pairs narrow the results to pages that say that very phrase in a title, key point or heading;
 * when no page does, the dialog searches `plainQuery` instead.
 */
export function searchQuery(query: string): string {
  const words = foldedWords(query);
  const pairs = words.slice(1).map((word, i) => joinPair(words[i] ?? '', word));
  return [...words, ...pairs].join(' ');
}
