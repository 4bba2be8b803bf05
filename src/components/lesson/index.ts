// The small set of blocks a lesson body may use. Each renders plain HTML marked as
// lib/lesson-views/markup.ts declares, so the handout, the slides, search and read-aloud can pick
// the same parts out of the rendered lesson.
export { default as Example } from './Example.astro';
export { default as Fact } from './Fact.astro';
export { default as Screen } from './Screen.astro';
export { default as Steps } from './Steps.astro';
export { default as Tip } from './Tip.astro';
export { default as TrainerNote } from './TrainerNote.astro';
export { default as Warning } from './Warning.astro';
