import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Block, CalloutBlock, ScreenBlock, StepsBlock } from './blocks';

/** A part of the handout: a section's heading, the sentence that gives it meaning, then its steps and warnings. */
export interface HandoutSection {
  heading: string;
  /** The section's rule or fact: its `<Fact>` paragraphs, or else the opening of its first paragraph (HTML). */
  lead: string[];
  /** Steps, warnings (`kind: 'warning'` callouts only) and screen pictures. */
  blocks: (StepsBlock | CalloutBlock | ScreenBlock)[];
}

const isParagraph = (html: string) => /^<p[\s>]/.test(html.trim());

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The opening of a paragraph: its first sentence, or its first two when the first is short
 * ("Dừng lại."), as plain text in a `<p>`. A full stop ends a sentence only before a space, so
 * `1/7/2024`, `10.000` and `dichvucong.gov.vn` stay whole.
 */
export function openingSentences(html: string): string {
  const text = toText(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();
  const sentences = text.split(/(?<=[.?!…])\s+/);
  const [first = '', second] = sentences;
  const opening = first.length < 40 && second ? `${first} ${second}` : first;
  return `<p>${escapeText(opening)}</p>`;
}

/**
 * What the handout keeps of a lesson, section by section: the sentence that gives the section its
 * meaning (paragraphs the author marked `<Fact>`, or else the opening of its first paragraph), the
 * numbered steps, the warnings and the screen pictures. No printed heading stands alone: a section with nothing of
 * these is left out. Tips, examples, trainer notes and further explanation stay on the page, and
 * so do blocks marked `handout={false}`, so a sheet fits one or two A4 pages.
 */
export function handoutSections(blocks: readonly Block[]): HandoutSection[] {
  const sections: HandoutSection[] = [];
  let current: HandoutSection & { first?: string } = { heading: '', lead: [], blocks: [] };
  const close = () => {
    const { first, ...section } = current;
    if (section.lead.length === 0 && first && (section.heading || section.blocks.length > 0))
      section.lead.push(openingSentences(first));
    if (section.lead.length > 0 || section.blocks.length > 0) sections.push(section);
  };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      close();
      current = { heading: block.text, lead: [], blocks: [] };
    } else if (block.kind === 'fact') {
      current.lead.push(block.html);
    } else if (block.kind === 'text' && current.first === undefined && isParagraph(block.html)) {
      current.first = block.html;
    } else if ((block.kind === 'steps' || block.kind === 'warning' || block.kind === 'screen') && block.handout) {
      current.blocks.push(block);
    }
  }
  close();
  // A picture comes first in its section, so on paper it stands beside the steps it shows.
  return sections.map((section) => ({
    ...section,
    blocks: [...section.blocks.filter((b) => b.kind === 'screen'), ...section.blocks.filter((b) => b.kind !== 'screen')],
  }));
}
