/**
 * The order a question's options are shown in. Authors tend to write the right answer second, or
 * the right ones first, and a learner who notices passes without reading; so the options are
 * shuffled when the site is built, with a seed made from the lesson's code and the question's
 * text: the same order on every build, on the page, the slides and anywhere else the quiz shows.
 * An option that speaks of the others ("Cả hai ý trên") keeps its place. In a "select all"
 * question the right options never all come first.
 */

/** An option that only makes sense after the others: "Cả hai ý trên", "Tất cả các đáp án trên". */
export const REFERS_TO_OTHERS =
  /(?:ý|đáp án|câu|cách|điều) (?:ở )?trên\b|^(?:cả hai|cả ba|tất cả)(?: các)? (?:ý|đáp án|câu)\b|không (?:ý|đáp án|câu) nào/iu;

/** FNV-1a hash of a string, as a 32-bit seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, well-mixed generator; the same seed gives the same numbers everywhere. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates over the options that may move; the others stay where the author put them. */
function shuffleOnce<T extends { text: string }>(options: readonly T[], random: () => number): T[] {
  const movable = options.flatMap((option, i) => (REFERS_TO_OTHERS.test(option.text) ? [] : [i]));
  const order = movable.map((i) => options[i] as T);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as T, order[i] as T];
  }
  const out = [...options];
  movable.forEach((slot, n) => {
    out[slot] = order[n] as T;
  });
  return out;
}

/** Whether every right option comes before every wrong one (only a problem with a wrong one). */
export function rightOnesFirst(options: readonly { correct: boolean }[]): boolean {
  const firstWrong = options.findIndex((o) => !o.correct);
  return firstWrong > 0 && options.slice(firstWrong).every((o) => !o.correct);
}

/** The options in the order they are shown, from a seed such as `tt3:<question>`. */
export function shuffleOptions<T extends { text: string; correct: boolean }>(
  options: readonly T[],
  seed: string,
  type: 'single' | 'multiple',
): T[] {
  const random = generator(hash(seed));
  let order = shuffleOnce(options, random);
  // A "select all" question whose right options still come first is shuffled again (a few
  // tries always suffice unless nothing can move).
  for (let tries = 0; type === 'multiple' && rightOnesFirst(order) && tries < 20; tries++) order = shuffleOnce(options, random);
  return order;
}
