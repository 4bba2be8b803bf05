import { describe, expect, it } from 'vitest';
import { getCourses } from '../../src/lib/content/courses';
import { createLessonSchema } from '../../src/lib/content/lesson-schema';
import { rightOnesFirst } from '../../src/lib/quiz/shuffle';
import { lessonFiles, readLessonFile } from './lesson-files';

// The quizzes as every view shows them (the lesson schema shuffles the options when a lesson is
// loaded): no position gives the answer away across the site.
const schema = createLessonSchema(getCourses());
const quizzes = lessonFiles().map((file) => {
  const { data } = readLessonFile(file);
  return { file, raw: data, lesson: schema.parse(data) };
});

describe('quiz options as shown', () => {
  it('no position holds more than 45% of the right answers of single-answer questions', () => {
    const positions = new Map<number, number>();
    let single = 0;
    for (const { lesson } of quizzes)
      for (const q of lesson.quiz.filter((q) => q.type === 'single')) {
        single++;
        const at = q.options.findIndex((o) => o.correct);
        positions.set(at, (positions.get(at) ?? 0) + 1);
      }
    expect(single).toBeGreaterThan(150);
    for (const [at, count] of positions) expect(count / single, `position ${at + 1}`).toBeLessThanOrEqual(0.45);
  });

  it('no “select all” question lists its right options first', () => {
    const first = quizzes.flatMap(({ file, lesson }) =>
      lesson.quiz.filter((q) => q.type === 'multiple' && rightOnesFirst(q.options)).map((q) => `${file}: ${q.question}`),
    );
    expect(first).toEqual([]);
  });

  it('is the same order on every build, and every option of the author’s file is there', () => {
    for (const { raw, lesson } of quizzes) {
      expect(schema.parse(raw).quiz).toEqual(lesson.quiz);
      const authored = (raw.quiz as { options: { text: string }[] }[]).map((q) => q.options.map((o) => o.text).sort());
      expect(lesson.quiz.map((q) => q.options.map((o) => o.text).sort())).toEqual(authored);
    }
  });
});
