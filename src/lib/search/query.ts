import { plainQuery } from './fold';

/**
 * How a resident's query becomes searches. People type whole questions ("quên mật khẩu vneid
 * phải làm sao"), everyday names ("app BHXH") and their own verbs ("đóng tiền điện"); Pagefind
 * wants every word of a query on a page, so such a query found nothing or the wrong lesson.
 *
 * A query is cut into slots: the words that carry its meaning, each with the other ways of saying
 * it from the synonym table (lib/search/synonyms.ts); question words and filler are dropped.
 * The dialog first searches every slot together, as before; when that finds few pages, or when a
 * slot has synonyms, it searches each slot on its own and ranks pages by how much of the query
 * they answer (`rankBySlots`): a rare word counts more than a common one.
 */

/** The folded synonym table, written next to the index when the site is built (integrations/search-index.ts). */
export const SYNONYMS_FILE = 'kns-synonyms.json';

/**
 * Question words, particles and polite filler (folded), longest first. They say how someone
 * asks, not what about: "… phải làm sao", "làm thế nào để …", "… ở đâu", "… rồi". A folded
 * word stands for several real ones, so words that also mean something here stay out of the
 * list: "vay" (vậy, but also vay tiền), "sao" (sao lưu), "ha" (Hà Nội), "oi" (ơi, ổi).
 */
export const FILLER = [
  'phai lam the nao',
  'lam the nao de',
  'lam the nao',
  'phai lam sao',
  'phai lam gi',
  'lam sao de',
  'lam sao',
  'nhu the nao',
  'the nao',
  'ra sao',
  'la gi',
  'o dau',
  'cho nao',
  'bao gio',
  'khi nao',
  'co duoc khong',
  'duoc khong',
  'co phai',
  'cho toi hoi',
  'cho minh hoi',
  'cho hoi',
  'xin hoi',
  'toi muon',
  'minh muon',
  'em muon',
  'huong dan',
  'cach',
  'giup',
  'toi',
  'minh',
  'roi',
  'nhe',
  'a',
  'gi',
  'nao',
] as const;

/**
 * The index's word for a synonym group, e.g. `canqzsaqz` for group 0 whose first phrase is "căn
 * cước". It stands for every way of saying the thing, so a search for it weighs a page by what the
 * page says of that thing, in any of its names (lib/search/synonyms.ts puts it in the index). It
 * starts with the group's first word so that it sits in the same part of the index as that word:
 * a search downloads no extra part for it. Then `qzs`, which no Vietnamese word contains, and the
 * group's number in the letters a–p (Pagefind cuts words at digits), closed by `qz` so that one
 * group's word is never the beginning of another's (Pagefind matches query words as beginnings).
 */
export const conceptToken = (group: number, firstWord: string) =>
  `${firstWord.replace(/[^a-z]/g, '')}qzs${[...group.toString(16)].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('')}qz`;

/** The concept words of a folded synonym table, group by group. */
export const conceptTokens = (synonyms: readonly (readonly string[])[]) =>
  synonyms.map((group, index) => conceptToken(index, group[0]?.split(' ')[0] ?? ''));

/** One thing the query asks about. */
export interface Slot {
  /** What the query said, folded. */
  said: string;
  /**
   * The index's word for its synonym group, when it has one: it counts what was said and every
   * other way of saying it, so the slot is searched and weighed by it.
   */
  concept?: string;
}

/** Whether `phrase` (folded words) starts at word `at` of `words`. */
const startsAt = (words: readonly string[], at: number, phrase: readonly string[]) =>
  phrase.length > 0 && phrase.every((word, i) => words[at + i] === word);

/**
 * The slots of a query, in order. Synonym phrases are matched first (longest first), then filler
 * is dropped; the other words are a slot each. A query of filler alone keeps its words.
 */
export function planQuery(query: string, synonyms: readonly (readonly string[])[] = []): Slot[] {
  const words = plainQuery(query).split(' ').filter(Boolean);
  const tokens = conceptTokens(synonyms);
  const phrases = synonyms
    .flatMap((group, index) => group.map((phrase) => ({ phrase: phrase.split(' '), index })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const filler = FILLER.map((f) => f.split(' '));
  const slots: Slot[] = [];
  let dropped = 0;
  for (let i = 0; i < words.length; ) {
    const synonym = phrases.find(({ phrase }) => startsAt(words, i, phrase));
    if (synonym) {
      const said = synonym.phrase.join(' ');
      slots.push({ said, concept: tokens[synonym.index] as string });
      i += synonym.phrase.length;
      continue;
    }
    const skip = filler.find((phrase) => startsAt(words, i, phrase));
    if (skip) {
      i += skip.length;
      dropped += skip.length;
      continue;
    }
    slots.push({ said: words[i] as string });
    i++;
  }
  if (slots.length === 0 && dropped > 0) return words.map((word) => ({ said: word }));
  return slots;
}

/** Whether any slot has other ways of saying it. */
export const hasSynonyms = (slots: readonly Slot[]) => slots.some((slot) => slot.concept !== undefined);

/** What one search of one term found: each page's id and Pagefind's score for it. */
export type TermHits = ReadonlyMap<string, number>;

/**
 * Ranks pages by how much of the query they answer. `hits[s]` is what the search for slot `s`
 * found. A slot counts for a page with a weight that falls with the number of pages that have it
 * (a word every lesson uses tells little) and rises for a topic of the synonym table (`topics`),
 * and more for a stronger match (its score against the best page's). Ties keep the order in
 * which the searches found the pages.
 */
export function rankBySlots(hits: readonly TermHits[], topics: readonly boolean[] = []): string[] {
  const totals = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  for (const [slot, scores] of hits.entries()) {
    for (const page of scores.keys()) if (!firstSeen.has(page)) firstSeen.set(page, firstSeen.size);
    if (scores.size === 0) continue;
    // A slot the synonym table names is a topic someone chose to name: it counts double.
    const weight = (topics[slot] ? 2 : 1) / Math.log2(1 + scores.size);
    const best = Math.max(...scores.values());
    for (const [page, score] of scores) {
      totals.set(page, (totals.get(page) ?? 0) + weight * (0.3 + (0.7 * score) / (best || 1)));
    }
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || (firstSeen.get(a[0]) ?? 0) - (firstSeen.get(b[0]) ?? 0))
    .map(([page]) => page);
}
