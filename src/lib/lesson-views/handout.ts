import type { Block, CalloutBlock, StepsBlock } from './blocks';

/** A part of the handout: a section's heading with its steps and warnings, in lesson order. */
export interface HandoutSection {
  heading: string;
  /** Steps and warnings (`kind: 'warning'` callouts only). */
  blocks: (StepsBlock | CalloutBlock)[];
}

/**
 * What the handout keeps of a lesson: the numbered steps and the warnings, under their section
 * headings. Explanations, tips, examples and trainer notes stay on the page, and so do blocks the
 * author marked `handout={false}`, so a sheet fits one or two A4 pages.
 */
export function handoutSections(blocks: readonly Block[]): HandoutSection[] {
  const sections: HandoutSection[] = [];
  let current: HandoutSection = { heading: '', blocks: [] };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (current.blocks.length > 0) sections.push(current);
      current = { heading: block.text, blocks: [] };
    } else if ((block.kind === 'steps' || block.kind === 'warning') && block.handout) {
      current.blocks.push(block);
    }
  }
  if (current.blocks.length > 0) sections.push(current);
  return sections;
}
