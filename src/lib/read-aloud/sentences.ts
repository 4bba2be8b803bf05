/**
 * Cutting a lesson's text into sentences for read-aloud. Android's speech engines stop reading a
 * long utterance part-way, and a reader follows better when the sentence being read is the one
 * lit up: so the page is spoken one sentence at a time, and a sentence too long for one breath is
 * cut again at a comma, a semicolon or a colon, or failing those, between words.
 */
export interface TextSpan {
  /** Where the sentence starts and ends in the text (end exclusive), without outer spaces. */
  start: number;
  end: number;
  /** The sentence with its spaces tidied, as it is spoken. */
  text: string;
}

/** About two lines on a phone; Android reads this much without cutting off. */
export const MAX_SENTENCE = 180;

/** The end of a sentence: . ! ? … (and any closing quote or bracket) before a space or the end. */
const SENTENCE_END = /[.!?…]+["”’»)\]]*(?=\s|$)/gu;
const CLAUSE_END = /[,;:]["”’»)\]]*(?=\s)/gu;

function trimmed(text: string, start: number, end: number): TextSpan | undefined {
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) return undefined;
  return { start, end, text: text.slice(start, end).replace(/\s+/gu, ' ') };
}

/** Splits at the ends a pattern finds, keeping each end with the piece before it. */
function cut(text: string, start: number, end: number, pattern: RegExp): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  const part = text.slice(start, end);
  for (const match of part.matchAll(pattern)) {
    const at = start + (match.index ?? 0) + match[0].length;
    if (at > from && at < end) {
      pieces.push([from, at]);
      from = at;
    }
  }
  pieces.push([from, end]);
  return pieces;
}

/** A piece longer than `max`: at clause ends first, then between words, each piece at most `max`. */
function shorten(text: string, start: number, end: number, max: number): [number, number][] {
  if (end - start <= max) return [[start, end]];
  const pieces: [number, number][] = [];
  let open: [number, number] | undefined;
  for (const [from, to] of cut(text, start, end, CLAUSE_END)) {
    if (open && to - open[0] <= max) {
      open[1] = to;
      continue;
    }
    if (open) pieces.push(open);
    open = [from, to];
  }
  if (open) pieces.push(open);
  return pieces.flatMap(([from, to]) => (to - from <= max ? [[from, to] as [number, number]] : byWords(text, from, to, max)));
}

function byWords(text: string, start: number, end: number, max: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  while (end - from > max) {
    const window = text.slice(from, from + max + 1);
    const space = window.search(/\s\S*$/u);
    const at = space > 0 ? from + space : from + max;
    pieces.push([from, at]);
    from = at;
  }
  pieces.push([from, end]);
  return pieces;
}

/** The sentences of a text, in order, each short enough to be spoken whole. */
export function splitSentences(text: string, max = MAX_SENTENCE): TextSpan[] {
  return cut(text, 0, text.length, SENTENCE_END)
    .flatMap(([start, end]) => shorten(text, start, end, max))
    .map(([start, end]) => trimmed(text, start, end))
    .filter((span): span is TextSpan => span !== undefined);
}
