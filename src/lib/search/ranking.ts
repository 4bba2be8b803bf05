/**
 * How the search ranks pages, shared by the dialog and the tests; tuned on the query table in
 * tests/e2e/search-queries.ts. Matches in a title count most, then a lesson's key points,
 * objectives and search words (`keys`) and its section headings. The folded copies of đ-words
 * (`folded_*`, see lib/search/folded-meta.ts) weigh what the words they copy weigh, a little more
 * for the body's copy, which holds only the đ-words; `phrases` holds joined word pairs. Queries
 * are folded before they are searched, so marks play no part in the ranking
 * (`diacriticSimilarity: 0` says so); `termSimilarity` keeps short syllables ("to", "so") from
 * ranking pages by the longer words they begin ("tổng", "sóng").
 */
export const META_WEIGHTS = {
  title: 10,
  folded_title: 10,
  keys: 6,
  folded_keys: 6,
  folded_headings: 6,
  folded: 2,
  phrases: 3,
  syn_title: 10,
  syn_keys: 6,
} as const;

export const SEARCH_RANKING = { metaWeights: META_WEIGHTS, termSimilarity: 8, diacriticSimilarity: 0 } as const;
