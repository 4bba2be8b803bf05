import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLessons } from '../../src/lib/content/check-lessons';
import { getCourses } from '../../src/lib/content/courses';
import { contentErrorMap, formatIssues } from '../../src/lib/content/format-issues';
import { createLessonSchema } from '../../src/lib/content/lesson-schema';
import { UI_KEYS } from '../../src/lib/i18n/ui-strings-schema';
import { getSettings } from '../../src/lib/settings/load-settings';
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
