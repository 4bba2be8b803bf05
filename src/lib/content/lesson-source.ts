import yaml from 'js-yaml';

/** A lesson file as its author wrote it: the front matter, parsed, and the MDX body. */
export interface LessonSource {
  data: Record<string, unknown>;
  body: string;
  /** Line of the file where the body starts, to name body problems by their line in the file. */
  bodyLine: number;
}

/**
 * Splits a lesson file into its `---` front matter and its body, the way Astro does. The build's
 * lesson checks (lesson-loader.ts) and the tests read lessons through this one function.
 */
export function readLessonSource(text: string): LessonSource {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text, bodyLine: 1 };
  const data = (yaml.load(match[1] ?? '') ?? {}) as Record<string, unknown>;
  return { data, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
