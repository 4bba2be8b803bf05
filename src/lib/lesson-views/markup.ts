/**
 * The markup contract between the lesson components (components/lesson/) and everything made
 * from their rendered HTML: the handout and the slides (blocks.ts), the search index (which
 * parts it leaves out) and read-aloud (which parts it never reads). Components write these names
 * through the helpers below, and readers select them from here, so a renamed class cannot break
 * one view silently. tests/unit/lesson-views.test.ts renders the real components to hold both
 * sides to it.
 */

/** The blocks a lesson body may use, as each marks itself in `data-kns`. */
export const BLOCK_KINDS = ['steps', 'warning', 'tip', 'example', 'trainer-note', 'fact', 'screen'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** Blocks with a title line and a body: the callouts. */
export const CALLOUT_KINDS = ['warning', 'tip', 'example', 'trainer-note'] as const satisfies readonly BlockKind[];
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

/** Class names inside a callout: its title line (read as the block's title) and its body. */
export const BLOCK_CLASS = {
  title: 'kns-block__title',
  body: 'kns-block__body',
} as const;

/** What a block says of itself in attributes: its kind, whether it stays off paper, a scam sample. */
export interface BlockMarks {
  /** `false` keeps the block off the printed handout (and the slides' handout notes). */
  handout?: boolean;
  /** A scam example, shown and printed as such. */
  scam?: boolean;
  /** Left out of the search index (sample messages, notes for trainers). */
  unindexed?: boolean;
}

/** The attributes a lesson component puts on its outer element. */
export function blockAttributes(kind: BlockKind, marks: BlockMarks = {}): Record<string, string | undefined> {
  return {
    'data-kns': kind,
    'data-handout': marks.handout === false ? 'false' : undefined,
    'data-scam': marks.scam ? '' : undefined,
    'data-pagefind-ignore': marks.unindexed ? '' : undefined,
  };
}

/** The same marks read back from a hast element's properties (blocks.ts). */
export function readBlockMarks(properties: Record<string, unknown>): {
  kind: BlockKind | undefined;
  handout: boolean;
  scam: boolean;
} {
  const kind = BLOCK_KINDS.find((k) => k === properties.dataKns);
  return { kind, handout: properties.dataHandout !== 'false', scam: properties.dataScam !== undefined };
}

/** What a screen picture (`<Screen>`) says of itself: the flow and the step it shows. */
export const SCREEN_DATA = { flow: 'data-flow', step: 'data-step' } as const;

/** The flow and step of a screen picture, read back from a hast element's properties (blocks.ts). */
export function readScreenMarks(properties: Record<string, unknown>): { flow: string; step: number } {
  return { flow: String(properties.dataFlow ?? ''), step: Number(properties.dataStep ?? 0) };
}

/**
 * Parts of a lesson page that are not the lesson's text: the quiz (answered, not listened to),
 * the sources list and the lesson's code line. Read-aloud skips them; `data-kns-no-read` marks
 * anything else a component wants skipped.
 */
export const NOT_LESSON_TEXT = {
  quiz: 'kns-quiz',
  sources: 'kns-sources',
  meta: 'kns-lesson-meta',
  noRead: 'data-kns-no-read',
} as const;

/** A selector for every part read-aloud leaves out of a lesson. */
export const NOT_READ_SELECTOR = [
  `.${NOT_LESSON_TEXT.quiz}`,
  `.${NOT_LESSON_TEXT.sources}`,
  `.${NOT_LESSON_TEXT.meta}`,
  `[${NOT_LESSON_TEXT.noRead}]`,
].join(', ');

/** A CSS selector for one kind of block, e.g. to leave tips out of the search index. */
export const blockSelector = (kind: BlockKind) => `[data-kns="${kind}"]`;
