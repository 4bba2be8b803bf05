import { sentencesOf, syllableCount } from './plain-text';

/**
 * Sentence length in syllables (space-separated units, as Vietnamese is written): an elderly
 * reader follows short sentences, so most stay under 20 syllables and none goes over 40. Per
 * lesson: no sentence over 40; at most one in five over 20; an average of at most 16 (the
 * exemplary lesson tt3 averages about 11).
 */
export const READABILITY = { maxSyllables: 40, longFrom: 20, maxShareLong: 0.2, maxAverage: 16 } as const;

export interface Passage {
  /** Where the text is: `body:42` or `quiz[2].explanation`. */
  where: string;
  text: string;
}

export interface ReadabilityReport {
  sentences: number;
  average: number;
  /** Share of sentences over `longFrom` syllables. */
  shareLong: number;
  tooLong: { where: string; syllables: number; sentence: string }[];
}

export function readability(passages: readonly Passage[], limits = READABILITY): ReadabilityReport {
  let sentences = 0;
  let syllables = 0;
  let long = 0;
  const tooLong: ReadabilityReport['tooLong'] = [];
  for (const { where, text } of passages) {
    for (const sentence of sentencesOf(text)) {
      const n = syllableCount(sentence);
      sentences++;
      syllables += n;
      if (n > limits.longFrom) long++;
      if (n > limits.maxSyllables) tooLong.push({ where, syllables: n, sentence });
    }
  }
  return { sentences, average: sentences ? syllables / sentences : 0, shareLong: sentences ? long / sentences : 0, tooLong };
}
