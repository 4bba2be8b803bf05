import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { BLOCK_CLASS, CALLOUT_KINDS, type CalloutKind, readBlockMarks, readScreenMarks } from './markup';

/** A numbered list of steps (`<Steps>`). */
export interface StepsBlock {
  kind: 'steps';
  /** Each step's HTML. */
  items: string[];
  /** Number of the first step. */
  start: number;
  /** Whether it goes on the printed handout. */
  handout: boolean;
}

export interface CalloutBlock {
  kind: CalloutKind;
  /** The body's HTML, without the block's own title. */
  html: string;
  /** The title as read, e.g. "Cảnh báo: Không đọc mã OTP cho ai". */
  title: string;
  /** An example marked as a scam sample. */
  scam: boolean;
  handout: boolean;
}

/** A picture of one step of a practice flow (`<Screen>`). */
export interface ScreenBlock {
  kind: 'screen';
  flow: string;
  /** The step shown, from 1. */
  step: number;
  handout: boolean;
}

export type Block =
  | { kind: 'heading'; text: string }
  | StepsBlock
  | CalloutBlock
  | ScreenBlock
  | { kind: 'image'; html: string }
  | { kind: 'text'; html: string }
  /** A paragraph the author marked with `<Fact>`: the handout keeps it. */
  | { kind: 'fact'; html: string };

/** Text a reader sees: decorative parts (`aria-hidden`) left out. */
const textOf = (node: Element | Root | ElementContent | RootContent): string => {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && node.properties.ariaHidden === 'true') return '';
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
};

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

/** The HTML of a node without attributes that only make sense once on the lesson page. */
function cleanHtml(node: Element): string {
  const copy = structuredClone(node);
  const strip = (element: Element) => {
    delete element.properties.id;
    element.children = element.children.filter(
      (child) => !(isElement(child) && (child.properties.className as string[] | undefined)?.includes('sl-anchor-link')),
    );
    for (const child of element.children) if (isElement(child)) strip(child);
  };
  strip(copy);
  return toHtml(copy);
}

/**
 * A rendered lesson body cut into the blocks other views pick from. The lesson components mark
 * their output as markup.ts declares (steps, warning, tip, example, trainer-note, fact), and sections
 * start at `##` headings, so the handout and the slides are made from the lesson itself, never
 * written twice.
 */
export function lessonBlocks(html: string): Block[] {
  const root = fromHtml(html, { fragment: true });
  const blocks: Block[] = [];
  for (const node of root.children) {
    if (!isElement(node)) continue;
    const heading =
      node.tagName === 'h2'
        ? node
        : node.properties.className?.toString().includes('sl-heading-wrapper')
          ? select('h2', node)
          : undefined;
    if (heading) {
      blocks.push({ kind: 'heading', text: textOf(heading).trim() });
      continue;
    }
    const { kind, handout, scam } = readBlockMarks(node.properties);
    if (kind === 'fact') {
      blocks.push({ kind: 'fact', html: toHtml(node.children) });
      continue;
    }
    if (kind === 'screen') {
      blocks.push({ kind: 'screen', ...readScreenMarks(node.properties), handout });
      continue;
    }
    if (kind === 'steps') {
      const list = select('ol', node);
      const items = (list?.children ?? []).filter((child): child is Element => isElement(child) && child.tagName === 'li');
      blocks.push({
        kind: 'steps',
        start: Number(list?.properties.start ?? 1),
        items: items.map((li) => toHtml(li.children)),
        handout,
      });
      continue;
    }
    if (CALLOUT_KINDS.some((callout) => callout === kind)) {
      const title = select(`.${BLOCK_CLASS.title}`, node);
      const body = select(`.${BLOCK_CLASS.body}`, node);
      blocks.push({
        kind: kind as CalloutKind,
        title: title ? textOf(title).trim() : '',
        html: body ? toHtml(body.children) : cleanHtml(node),
        scam,
        handout,
      });
      continue;
    }
    const onlyImage =
      node.tagName === 'p' &&
      node.children.filter((c) => !(c.type === 'text' && !c.value.trim())).every((c) => isElement(c) && c.tagName === 'img');
    if (node.tagName === 'img' || node.tagName === 'figure' || onlyImage) {
      blocks.push({ kind: 'image', html: cleanHtml(node) });
      continue;
    }
    if (node.tagName === 'script' || node.tagName === 'style') continue;
    blocks.push({ kind: 'text', html: cleanHtml(node) });
  }
  return blocks;
}
