import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLessons } from '../../src/lib/content/check-lessons';
import { getCourses } from '../../src/lib/content/courses';
import { contentErrorMap, formatIssues } from '../../src/lib/content/format-issues';
import { createLessonSchema } from '../../src/lib/content/lesson-schema';
import { UI_KEYS } from '../../src/lib/i18n/ui-strings-schema';
import { getSettings } from '../../src/lib/settings/load-settings';
import { SEARCH_CASES } from '../e2e/search-queries';
import { lessonFiles, readLessonFile } from './lesson-files';

describe('the catalogue', () => {
  it('has the seven courses of the design, in order', () => {
    expect(getCourses().map((c) => c.prefix)).toEqual(['bd', 'dv', 'ms', 'tt', 'at', 'ns', 'tv']);
  });

  it('reads the settings file', () => {
    expect(getSettings().publisher).not.toBe('');
  });
});

describe('every lesson', () => {
  const schema = createLessonSchema(getCourses());
  const files = lessonFiles();

  it('exists', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s matches the lesson schema', (file) => {
    const { data } = readLessonFile(file);
    const result = schema.safeParse(data, { error: contentErrorMap });
    expect(result.success ? '' : formatIssues(file, result.error.issues)).toBe('');
  });

  it('has a unique code, its course’s folder and a unique position', () => {
    const refs = files.map((file) => {
      const { data } = readLessonFile(file);
      return { file, code: String(data.code), course: String(data.course), order: Number(data.order) };
    });
    expect(checkLessons(refs)).toEqual([]);
  });
});

describe('the curriculum', () => {
  // What residents and team members asked for (issue 21): at least this many lessons per course.
  const TARGETS: Record<string, number> = { bd: 6, dv: 10, ms: 6, tt: 8, at: 9, ns: 3, tv: 8 };
  const codes = lessonFiles().map((file) => String(readLessonFile(file).data.code));

  it('teaches at least the lessons each course needs, 50 in all', () => {
    const count = (prefix: string) => codes.filter((code) => code.startsWith(prefix)).length;
    for (const [prefix, target] of Object.entries(TARGETS)) expect(count(prefix), prefix).toBeGreaterThanOrEqual(target);
    expect(codes.length).toBeGreaterThanOrEqual(50);
  });

  it('has every lesson in the search query table (tests/e2e/search-queries.ts)', () => {
    const searched = new Set(SEARCH_CASES.map((c) => c.expect));
    expect(codes.filter((code) => !searched.has(code))).toEqual([]);
  });
});

describe('the template for a local lesson', () => {
  it('is a valid local lesson numbered from ns50', () => {
    const file = 'content/ns/_mau-bai-hoc.mdx';
    const { data } = readLessonFile(file);
    const result = createLessonSchema(getCourses()).safeParse(data, { error: contentErrorMap });
    expect(result.success ? '' : formatIssues(file, result.error.issues)).toBe('');
    expect(data).toMatchObject({ course: 'ns', local: true });
    expect(Number(String(data.code).slice(2))).toBeGreaterThanOrEqual(50);
  });
});

describe('UI strings', () => {
  it('has every project string in Vietnamese, and no unknown one', () => {
    const vi = JSON.parse(readFileSync('src/content/i18n/vi.json', 'utf8')) as Record<string, string>;
    const ours = Object.keys(vi).filter((key) => key.startsWith('kns.'));
    expect(ours.sort()).toEqual([...UI_KEYS].sort());
  });
});
