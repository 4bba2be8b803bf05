import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** A lesson file as an author wrote it: raw front matter and MDX body. */
export interface LessonFile {
  /** Path from the project root, e.g. `content/tt/quet-ma-vietqr.mdx`. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** Line of the file where the body starts, to report body problems by line. */
  bodyLine: number;
}

/** Splits `---` front matter from the body, as Astro does. */
export function readLessonFile(file: string): LessonFile {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  const data = (yaml.load(match[1] ?? '') ?? {}) as Record<string, unknown>;
  return { file, data, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Every lesson of the site: `content/<course>/*.mdx`, files starting with `_` excluded. */
export function lessonFiles(root = 'content', { includeTemplates = false } = {}): string[] {
  const files: string[] = [];
  for (const folder of readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const name of readdirSync(join(root, folder.name))) {
      if (!/\.mdx?$/.test(name)) continue;
      if (name.startsWith('_') && !includeTemplates) continue;
      files.push(join(root, folder.name, name));
    }
  }
  return files.sort();
}
