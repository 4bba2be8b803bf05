import type { ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import type { Block, CalloutBlock } from './blocks';

/** One slide of a lesson's deck (see `buildSlides`). */
export type Slide = (
  | { kind: 'title'; title: string; objectives: string[]; minutes: number }
  | { kind: 'text'; heading: string; html: string[] }
  | { kind: 'steps'; heading: string; start: number; items: string[] }
  | { kind: 'callout'; heading: string; callout: CalloutBlock['kind']; title: string; scam: boolean; html: string[] }
  | { kind: 'image'; heading: string; html: string }
  /** A practice flow's screen picture, as large as the slide allows. */
  | { kind: 'screen'; heading: string; flow: string; step: number }
  | {
      kind: 'quiz';
      number: number;
      question: string;
      options: string[];
      correct: number[];
      explanation: string;
      /** Whether the explanation fits under the options once revealed; if not, an `explanation` slide follows. */
      explainHere: boolean;
    }
  | { kind: 'explanation'; number: number; options: string[]; correct: number[]; explanation: string }
  | { kind: 'points'; keyPoints: string[] }
  | { kind: 'closing'; keyPoints: string[] }
) & {
  /** Trainer notes, for the presenter view only. */
  notes: string[];
  /** The slide goes on with the heading of the slide before it: its heading says "(tiếp)". */
  continued: boolean;
};

/** How much fits on a slide, in estimated lines of body text (see `estimateLines`). */
export const SLIDE_BUDGET = { charsPerLine: 42, headingCharsPerLine: 30, lines: 11, closingCharsPerLine: 28 } as const;

/** Characters the " (tiếp)" of a continued slide adds to its heading. */
const CONTINUED_CHARS = 7;

/** Lines a piece of text takes on a slide, from its length. Deliberately pessimistic. */
export function estimateLines(text: string, charsPerLine: number = SLIDE_BUDGET.charsPerLine): number {
  return Math.max(1, Math.ceil(text.trim().length / charsPerLine));
}

const plain = (html: string) =>
  toText(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();

/** Splits one HTML paragraph (or list) into pieces under `lines`, at sentence ends. */
function splitHtml(html: string, lines: number): string[] {
  const root = fromHtml(html, { fragment: true });
  const element = root.children.find((c) => c.type === 'element');
  if (element?.type !== 'element') return [html];
  if (element.tagName === 'ul' || element.tagName === 'ol') {
    // A list splits between its items.
    const items = element.children.filter((c) => c.type === 'element');
    const chunks: string[][] = [[]];
    let used = 0;
    for (const item of items) {
      const n = estimateLines(toText(item)) + 0.3;
      if (used + n > lines && (chunks.at(-1)?.length ?? 0) > 0) {
        chunks.push([]);
        used = 0;
      }
      chunks.at(-1)?.push(fromHtmlToString(item));
      used += n;
    }
    return chunks.map((chunk) => `<${element.tagName}>${chunk.join('')}</${element.tagName}>`);
  }
  const sentences = plain(html).split(/(?<=[.?!…])\s+/);
  const pieces: string[] = [''];
  for (const sentence of sentences) {
    const candidate = pieces.at(-1) ? `${pieces.at(-1)} ${sentence}` : sentence;
    if (estimateLines(candidate) > lines && pieces.at(-1)) pieces.push(sentence);
    else pieces[pieces.length - 1] = candidate;
  }
  return pieces.map((piece) => `<p>${escapeText(piece)}</p>`);
}

/** Items are re-serialised through hast so their inline markup (bold, quotes) survives. */
const fromHtmlToString = (node: ElementContent): string => toHtml(node);

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Packs pieces into slides, each under the line budget left after its heading. */
function pack<T>(pieces: T[], cost: (piece: T) => number, budget: number): T[][] {
  const slides: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const piece of pieces) {
    const n = cost(piece);
    if (current.length > 0 && used + n > budget) {
      slides.push(current);
      current = [];
      used = 0;
    }
    current.push(piece);
    used += n;
  }
  if (current.length > 0) slides.push(current);
  return slides;
}

export interface SlideSource {
  title: string;
  objectives: string[];
  minutes: number;
  keyPoints: string[];
  quiz: { question: string; options: { text: string; correct: boolean }[]; explanation: string }[];
}

/**
 * A lesson as projector slides, made from the lesson itself: a title slide, the sections (long
 * step lists and long text split so nothing overflows at 1024×768 with text at 4.6 % of the
 * screen height), one slide per image, quiz slides with the answer kept for later, and a closing
 * slide with the key points and the short link. Trainer notes ride along with the slide they
 * follow, for the presenter view only. `keyPointsHeading` is the heading of the key points'
 * slides (a UI string): its length decides how many key points fit beside the QR code.
 */
export function buildSlides(lesson: SlideSource, blocks: readonly Block[], keyPointsHeading: string): Slide[] {
  // A heading may carry " (tiếp)" once the slides are cut: room for it is kept on every slide.
  const room = (heading: string) =>
    SLIDE_BUDGET.lines - Math.ceil((heading.length + CONTINUED_CHARS) / SLIDE_BUDGET.headingCharsPerLine) * 1.5;
  // The title slide: kicker line, the title in large type, then as many objectives as fit; the
  // rest continue on the next slide.
  const titleRoom = SLIDE_BUDGET.lines - 1 - Math.ceil(lesson.title.length / 24) * 1.7 - 1.5;
  const objectiveCost = (o: string) => estimateLines(o) + 0.3;
  const [first = [], ...more] = pack(lesson.objectives, objectiveCost, titleRoom);
  const slides: Slide[] = [
    { kind: 'title', title: lesson.title, objectives: first, minutes: lesson.minutes, notes: [], continued: false },
  ];
  for (const group of more.length > 0 ? pack(more.flat(), objectiveCost, room(lesson.title)) : []) {
    slides.push({
      kind: 'text',
      heading: lesson.title,
      html: [`<ul>${group.map((o) => `<li>${escapeText(o)}</li>`).join('')}</ul>`],
      notes: [],
      continued: false,
    });
  }
  let heading = lesson.title;
  let pendingText: string[] = [];

  const flushText = () => {
    if (pendingText.length === 0) return;
    const budget = room(heading);
    const pieces = pendingText.flatMap((html) => (estimateLines(plain(html)) > budget ? splitHtml(html, budget) : [html]));
    for (const group of pack(pieces, (html) => estimateLines(plain(html)) + 0.5, budget))
      slides.push({ kind: 'text', heading, html: group, notes: [], continued: false });
    pendingText = [];
  };

  for (const block of blocks) {
    if (block.kind === 'trainer-note') {
      flushText();
      slides.at(-1)?.notes.push(block.html);
      continue;
    }
    if (block.kind === 'heading') {
      flushText();
      heading = block.text;
      continue;
    }
    if (block.kind === 'text' || block.kind === 'fact') {
      pendingText.push(block.html);
      continue;
    }
    flushText();
    if (block.kind === 'steps') {
      const numbered = block.items.map((html, i) => ({ html, number: block.start + i }));
      for (const group of pack(numbered, (item) => estimateLines(plain(item.html)) + 0.3, room(heading))) {
        slides.push({
          kind: 'steps',
          heading,
          start: group[0]?.number ?? 1,
          items: group.map((item) => item.html),
          notes: [],
          continued: false,
        });
      }
    } else if (block.kind === 'image') {
      slides.push({ kind: 'image', heading, html: block.html, notes: [], continued: false });
    } else if (block.kind === 'screen') {
      slides.push({ kind: 'screen', heading, flow: block.flow, step: block.step, notes: [], continued: false });
    } else {
      const budget = room(block.title) - 0.5;
      const pieces = fromHtml(block.html, { fragment: true })
        .children.filter((c) => c.type === 'element')
        .map((c) => fromHtmlToString(c))
        .flatMap((html) => (estimateLines(plain(html)) > budget ? splitHtml(html, budget) : [html]));
      for (const group of pack(pieces, (html) => estimateLines(plain(html)) + 0.5, budget)) {
        slides.push({
          kind: 'callout',
          heading,
          callout: block.kind,
          title: block.title,
          scam: block.scam,
          html: group,
          notes: [],
          continued: false,
        });
      }
    }
  }
  flushText();
  lesson.quiz.forEach((q, i) => {
    const options = q.options.map((o) => o.text);
    const correct = q.options.flatMap((o, n) => (o.correct ? [n] : []));
    // Revealing keeps the question and the options and marks the right ones; the answer line, with
    // the explanation when it fits, takes the place of the reveal button; or the explanation goes
    // on a slide of its own.
    const used =
      1.5 +
      estimateLines(q.question) +
      options.reduce((sum, o) => sum + estimateLines(`${o} ✓ Đúng`) + 0.3, 0) +
      estimateLines(`Đáp án đúng: A, B. ${q.explanation}`) +
      0.8;
    const explainHere = used <= SLIDE_BUDGET.lines;
    const common = { number: i + 1, options, correct, explanation: q.explanation, notes: [], continued: false };
    slides.push({ kind: 'quiz', question: q.question, explainHere, ...common });
    if (!explainHere) slides.push({ kind: 'explanation', ...common, notes: [] });
  });
  // Key points close the deck beside the QR code; any that do not fit go on a slide before it.
  const groups = pack(
    lesson.keyPoints,
    (point) => estimateLines(point, SLIDE_BUDGET.closingCharsPerLine) + 0.3,
    room(keyPointsHeading),
  );
  for (const group of groups.slice(0, -1)) slides.push({ kind: 'points', keyPoints: group, notes: [], continued: false });
  slides.push({ kind: 'closing', keyPoints: groups.at(-1) ?? [], notes: [], continued: false });
  return markContinued(slides);
}

/** The heading a slide shows, to tell when one goes on with the slide before it. */
function shownHeading(slide: Slide): string | undefined {
  if (slide.kind === 'text' || slide.kind === 'steps' || slide.kind === 'image' || slide.kind === 'screen') return slide.heading;
  if (slide.kind === 'callout') return `${slide.callout}:${slide.title}`;
  if (slide.kind === 'title') return slide.title;
  if (slide.kind === 'points' || slide.kind === 'closing') return 'key-points';
  return undefined;
}

/** A slide with the same heading as the one before says "(tiếp)", so the room knows it goes on. */
function markContinued(slides: Slide[]): Slide[] {
  return slides.map((slide, i) => {
    const heading = shownHeading(slide);
    const before = i > 0 ? shownHeading(slides[i - 1] as Slide) : undefined;
    return { ...slide, continued: heading !== undefined && heading === before && slide.kind !== 'title' };
  });
}
