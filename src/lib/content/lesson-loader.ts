import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { AllowListSchema } from '../content-checks/allow-list';
import { lessonTextProblems } from '../content-checks/check-lesson';
import { checkLessons, type LessonRef } from './check-lessons';
import type { Course } from './course-schema';
import { contentErrorMap, formatIssues } from './format-issues';
import { createLessonSchema } from './lesson-schema';
import { readLessonSource } from './lesson-source';
import { readValidatedYaml } from './yaml-file';

/** The reviewed web addresses and phone numbers lessons may print. */
export const ALLOW_LIST_FILE = 'content/allow-list.yaml';

/** Lessons live in `content/<course>/`; files starting with `_` (templates, drafts) are skipped. */
export const LESSON_BASE = './content';
export const LESSON_PATTERN = '*/[^_]*.{md,mdx}';

/**
 * Astro's glob loader over `content/`, with the lesson schema and the lesson's text checks
 * (lib/content-checks/check-lesson.ts) applied file by file, also when a file changes under
 * `npm run dev`, and then the checks that need every lesson at once. A problem stops the build
 * naming the file and the field, or the body's line.
 *
 * Why not put the lesson schema in the collection schema? Starlight validates the front matter of
 * `<StarlightPage>` pages (home, course pages) with the collection schema too, and those pages
 * are not lessons. So the collection schema accepts the extra fields and this loader checks them.
 */
export function lessonLoader(courses: readonly Course[]): Loader {
  const inner = glob({ base: LESSON_BASE, pattern: LESSON_PATTERN });
  const schema = createLessonSchema(courses);
  return {
    name: 'kns-lesson-loader',
    load: async (context) => {
      const allowList = readValidatedYaml(ALLOW_LIST_FILE, AllowListSchema);
      const parseData: LoaderContext['parseData'] = async (props) => {
        const base = await context.parseData(props);
        const file = props.filePath ? relative(process.cwd(), props.filePath) : props.id;
        const result = schema.safeParse(base, { error: contentErrorMap });
        if (!result.success) throw new Error(formatIssues(file, result.error.issues));
        if (props.filePath) {
          const problems = lessonTextProblems(readLessonSource(readFileSync(props.filePath, 'utf8')), allowList);
          if (problems.length > 0)
            throw new Error(`${file}: nội dung chưa đúng (invalid content)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        }
        return { ...base, ...result.data } as typeof base;
      };
      await inner.load({ ...context, parseData });
      const refs: LessonRef[] = [...context.store.values()].map((entry) => {
        const data = entry.data as { code: string; course: string; order: number };
        return { file: entry.filePath ?? entry.id, code: data.code, course: data.course, order: data.order };
      });
      const problems = checkLessons(refs);
      if (problems.length > 0) {
        throw new Error(`Bài học chưa đúng (lesson check failed):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
    },
  };
}
