import { z } from 'astro/zod';
import { plainQuery } from './fold';
import { conceptTokens } from './query';

/**
 * The search synonym table (`content/search-synonyms.yaml`): the everyday names residents type
 * for what lessons call otherwise ("app BHXH" for VssID, "rau" for nông sản, "đóng tiền điện"
 * for trả tiền điện), kept in content like a lesson's `keywords`. Each group is a set of words
 * or phrases that mean the same thing for a search: a query that says one of them searches for
 * all of them (lib/search/query.ts).
 */
export const SynonymsSchema = z.strictObject({
  groups: z
    .array(
      z.strictObject({
        /** Words or phrases that mean one thing here, e.g. `[căn cước, CCCD, chứng minh thư]`. */
        words: z.array(z.string().trim().min(2).max(40)).min(2).max(12),
        /** Why they belong together, for the next person who edits the table. */
        why: z.string().trim().min(3).optional(),
      }),
    )
    .min(1),
});
export type Synonyms = z.output<typeof SynonymsSchema>;

/** The table as the search dialog uses it: each group's phrases folded (no marks, đ → d, lower case). */
export function foldSynonyms(table: Synonyms): string[][] {
  return table.groups.map((group) => [...new Set(group.words.map(plainQuery).filter(Boolean))]);
}

/**
 * A group's word for every time a page says one of its phrases (whole words, folded), in order:
 * the `synonyms` field the index keeps of each page (lib/search/folded-meta.ts). Capped per group,
 * so that a long page does not bury the others.
 */
export function conceptWords(text: string, groups: readonly (readonly string[])[], cap = 16): string {
  const words = plainQuery(text).split(' ').filter(Boolean);
  const out: string[] = [];
  const tokens = conceptTokens(groups);
  groups.forEach((group, index) => {
    const phrases = group.map((phrase) => phrase.split(' '));
    let count = 0;
    for (let i = 0; i < words.length && count < cap; i++) {
      const hit = phrases.find((phrase) => phrase.every((word, k) => words[i + k] === word));
      if (!hit) continue;
      count++;
      i += hit.length - 1;
    }
    for (let n = 0; n < count; n++) out.push(tokens[index] as string);
  });
  return out.join(' ');
}
