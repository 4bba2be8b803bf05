import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LessonSource, readLessonSource } from '../../src/lib/content/lesson-source';

/** A lesson file as an author wrote it, read by the same reader as the build's checks. */
export interface LessonFile extends LessonSource {
  /** Path from the project root, e.g. `content/tt/quet-ma-vietqr.mdx`. */
  file: string;
}

export function readLessonFile(file: string): LessonFile {
  return { file, ...readLessonSource(readFileSync(file, 'utf8')) };
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
