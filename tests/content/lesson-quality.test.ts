import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  AllowListSchema,
  findDomains,
  findPhones,
  isAllowedDomain,
  isAllowedPhone,
} from '../../src/lib/content-checks/allow-list';
import { type LessonParts, missingParts } from '../../src/lib/content-checks/lesson-parts';
import { plainLines } from '../../src/lib/content-checks/plain-text';
import { type Passage, READABILITY, readability } from '../../src/lib/content-checks/readability';
import { straightQuotes, stringsIn } from '../../src/lib/content-checks/typography';
import { lessonFiles, readLessonFile } from './lesson-files';

// The content rules, checked on every lesson (and the template): every part a lesson needs,
// short sentences for an elderly reader, only reviewed addresses and numbers, curly quotes.
const files = lessonFiles('content', { includeTemplates: true });
const allowList = AllowListSchema.parse(yaml.load(readFileSync('content/allow-list.yaml', 'utf8')));

/** The reader-facing text of the front matter, each piece with its field path. */
function frontMatterPassages(data: Record<string, unknown>): Passage[] {
  const passages: Passage[] = [];
  const add = (where: string, value: unknown) => {
    if (typeof value === 'string') passages.push({ where, text: value });
  };
  add('title', data.title);
  add('description', data.description);
  for (const key of ['objectives', 'materials', 'keyPoints'] as const) {
    (data[key] as unknown[] | undefined)?.forEach((v, i) => {
      add(`${key}[${i + 1}]`, v);
    });
  }
  (data.quiz as Record<string, unknown>[] | undefined)?.forEach((q, i) => {
    add(`quiz[${i + 1}].question`, q.question);
    add(`quiz[${i + 1}].explanation`, q.explanation);
    (q.options as Record<string, unknown>[] | undefined)?.forEach((o, j) => {
      add(`quiz[${i + 1}].options[${j + 1}]`, o.text);
    });
  });
  return passages;
}

describe.each(files)('%s', (file) => {
  const lesson = readLessonFile(file);
  const lines = plainLines(lesson.body);
  const bodyPassages = lines.map((l) => ({ where: `line ${l.line + lesson.bodyLine - 1}`, text: l.text }));

  it('is Unicode NFC (precomposed Vietnamese letters)', () => {
    const text = readFileSync(file, 'utf8');
    const bad = text
      .split('\n')
      .flatMap((line, i) => (line === line.normalize('NFC') ? [] : [`line ${i + 1}: ${line.trim().slice(0, 60)}`]));
    expect(bad).toEqual([]);
  });

  it('has every part a lesson needs', () => {
    expect(missingParts(lesson.data as unknown as LessonParts, lesson.body)).toEqual([]);
  });

  it(`keeps sentences short: none over ${READABILITY.maxSyllables} syllables, few over ${READABILITY.longFrom}, ${READABILITY.maxAverage} on average`, () => {
    const report = readability([...frontMatterPassages(lesson.data), ...bodyPassages]);
    expect(report.tooLong.map((t) => `${t.where} (${t.syllables} âm tiết): ${t.sentence}`)).toEqual([]);
    expect(report.average, `average sentence length ${report.average.toFixed(1)} syllables`).toBeLessThanOrEqual(
      READABILITY.maxAverage,
    );
    expect(report.shareLong, `share of sentences over ${READABILITY.longFrom} syllables`).toBeLessThanOrEqual(
      READABILITY.maxShareLong,
    );
  });

  it('quotes with curly quotes “…”, never straight ones, in any text a reader sees', () => {
    const sources = (lesson.data.sources as { title?: unknown }[] | undefined)?.map((source, i) => ({
      where: `sources[${i + 1}].title`,
      text: String(source.title ?? ''),
    }));
    expect(straightQuotes([...frontMatterPassages(lesson.data), ...(sources ?? []), ...bodyPassages])).toEqual([]);
  });

  it('prints only web addresses and phone numbers from the reviewed allow-list', () => {
    const unknown: string[] = [];
    for (const line of lines) {
      if (line.inExample) continue; // sample scam messages: numbers and links are masked
      const where = `line ${line.line + lesson.bodyLine - 1}`;
      for (const host of findDomains(line.text)) if (!isAllowedDomain(allowList, host)) unknown.push(`${where}: ${host}`);
      for (const number of findPhones(line.text)) if (!isAllowedPhone(allowList, number)) unknown.push(`${where}: ${number}`);
    }
    for (const passage of frontMatterPassages(lesson.data)) {
      for (const host of findDomains(passage.text))
        if (!isAllowedDomain(allowList, host)) unknown.push(`${passage.where}: ${host}`);
      for (const number of findPhones(passage.text))
        if (!isAllowedPhone(allowList, number)) unknown.push(`${passage.where}: ${number}`);
    }
    expect(unknown).toEqual([]);
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
