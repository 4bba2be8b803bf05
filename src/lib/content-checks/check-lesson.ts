import { type AllowList, findDomains, findPhones, isAllowedDomain, isAllowedPhone } from './allow-list';
import { bodyProblems } from './lesson-parts';
import { plainLines } from './plain-text';
import type { Passage } from './readability';
import { READABILITY, readability } from './readability';
import { straightQuotes } from './typography';

/** The reader-facing text of a lesson's front matter, each piece with its field path. */
export function frontMatterPassages(data: Record<string, unknown>): Passage[] {
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

/**
 * Everything the schema cannot see in one lesson, checked where the lesson is loaded (so the
 * build and `npm run dev` stop on it, as the tests do): the parts a lesson needs, short sentences
 * for an elderly reader, only reviewed web addresses and phone numbers, curly quotes. One line per
 * problem, naming the field or the body's line in the file.
 */
export function lessonTextProblems(
  lesson: { data: Record<string, unknown>; body: string; bodyLine: number },
  allowList: AllowList,
): string[] {
  const lines = plainLines(lesson.body);
  const at = (line: number) => `body (dòng ${line + lesson.bodyLine - 1})`;
  const front = frontMatterPassages(lesson.data);
  const sources = ((lesson.data.sources as { title?: unknown }[] | undefined) ?? []).map((source, i) => ({
    where: `sources[${i + 1}].title`,
    text: String(source.title ?? ''),
  }));
  const body = lines.map((l) => ({ where: at(l.line), text: l.text }));
  const problems = bodyProblems(lesson.body, front.map((p) => p.text).join('\n'));

  const report = readability([...front, ...body]);
  for (const t of report.tooLong)
    problems.push(
      `${t.where}: câu dài ${t.syllables} âm tiết, tối đa ${READABILITY.maxSyllables}; hãy tách câu (sentence too long): ${t.sentence}`,
    );
  if (report.average > READABILITY.maxAverage)
    problems.push(
      `body: câu trung bình dài ${report.average.toFixed(1)} âm tiết, tối đa ${READABILITY.maxAverage} (sentences too long on average)`,
    );
  if (report.shareLong > READABILITY.maxShareLong)
    problems.push(
      `body: ${Math.round(report.shareLong * 100)}% số câu dài hơn ${READABILITY.longFrom} âm tiết, tối đa ${READABILITY.maxShareLong * 100}% (too many long sentences)`,
    );

  const unknown = (where: string, text: string) => {
    for (const host of findDomains(text))
      if (!isAllowedDomain(allowList, host))
        problems.push(`${where}: địa chỉ “${host}” chưa có trong content/allow-list.yaml (address not on the allow-list)`);
    for (const number of findPhones(text))
      if (!isAllowedPhone(allowList, number))
        problems.push(`${where}: số “${number}” chưa có trong content/allow-list.yaml (number not on the allow-list)`);
  };
  // Sample scam messages (inside <Example>) are masked, and not checked.
  for (const line of lines) if (!line.inExample) unknown(at(line.line), line.text);
  for (const passage of front) unknown(passage.where, passage.text);

  for (const quote of straightQuotes([...front, ...sources, ...body]))
    problems.push(`${quote} — dùng ngoặc kép cong “…” (use curly quotes)`);
  return problems;
}
