import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readLessonSource } from '../../src/lib/content/lesson-source';
import { AllowListSchema } from '../../src/lib/content-checks/allow-list';
import { lessonTextProblems } from '../../src/lib/content-checks/check-lesson';
import { straightQuotes, stringsIn } from '../../src/lib/content-checks/typography';
import { lessonFiles } from './lesson-files';

// The build runs the same checks where it loads each lesson (lib/content/lesson-loader.ts); here
// they run on every lesson and on the template a locality copies, which the build skips.
const files = lessonFiles('content', { includeTemplates: true });
const allowList = AllowListSchema.parse(yaml.load(readFileSync('content/allow-list.yaml', 'utf8')));

describe.each(files)('%s', (file) => {
  const text = readFileSync(file, 'utf8');

  it('is Unicode NFC (precomposed Vietnamese letters)', () => {
    const bad = text
      .split('\n')
      .flatMap((line, i) => (line === line.normalize('NFC') ? [] : [`line ${i + 1}: ${line.trim().slice(0, 60)}`]));
    expect(bad).toEqual([]);
  });

  it('has every part a lesson needs, short sentences, reviewed addresses and numbers, curly quotes', () => {
    expect(lessonTextProblems(readLessonSource(text), allowList)).toEqual([]);
  });
});

describe('the site’s own shown text', () => {
  it.each(['content/courses.yaml', 'content/buoi-hoc.yaml', 'content/phieu-tham-ho.yaml', 'content/settings.yaml'])(
    '%s quotes with curly quotes',
    (file) => {
      const text = stringsIn(yaml.load(readFileSync(file, 'utf8')));
      expect(straightQuotes(text)).toEqual([]);
    },
  );

  it('the UI strings (src/content/i18n/vi.json) quote with curly quotes', () => {
    expect(straightQuotes(stringsIn(JSON.parse(readFileSync('src/content/i18n/vi.json', 'utf8'))))).toEqual([]);
  });
});
