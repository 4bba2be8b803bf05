import { describe, expect, it } from 'vitest';
import { contentErrorMap, formatIssues } from '../../src/lib/content/format-issues';
import { createLessonSchema } from '../../src/lib/content/lesson-schema';
import { courses, validLesson } from '../fixtures/lesson';

const schema = createLessonSchema(courses);

/** Validates like the build does and returns the message an author would read. */
function errorFor(data: Record<string, unknown>): string {
  const result = schema.safeParse(data, { error: contentErrorMap });
  if (result.success) return '';
  return formatIssues('content/tt/quet-ma-vietqr.mdx', result.error.issues);
}

describe('lesson front matter', () => {
  it('accepts a complete lesson and fills in defaults', () => {
    const result = schema.safeParse(validLesson());
    expect(result.success).toBe(true);
    expect(result.data?.quiz[0]?.type).toBe('single');
    expect(result.data?.materials).toEqual([]);
    expect(result.data?.local).toBe(false);
    expect(result.data?.reviewed).toEqual(new Date('2026-01-15T00:00:00Z'));
  });

  it('names the file and the missing field', () => {
    const data = validLesson();
    delete data.objectives;
    const message = errorFor(data);
    expect(message).toContain('content/tt/quet-ma-vietqr.mdx');
    expect(message).toMatch(/objectives: thiếu trường này.*missing field/);
  });

  it('refuses a code that does not start with the course prefix', () => {
    expect(errorFor({ ...validLesson(), code: 'dv3' })).toMatch(/code: mã "dv3" phải bắt đầu bằng "tt"/);
  });

  it('refuses a malformed code', () => {
    expect(errorFor({ ...validLesson(), code: 'tt-3' })).toMatch(/code: cần hai chữ thường rồi một số/);
  });

  it('refuses an unknown course', () => {
    expect(errorFor({ ...validLesson(), course: 'xx' })).toMatch(/course: khóa học phải là một trong: tt, ns/);
  });

  it('refuses a quiz question with no correct answer', () => {
    const data = validLesson();
    data.quiz = [{ question: 'Bạn làm gì?', options: [{ text: 'A' }, { text: 'B' }], explanation: 'Vì lý do này.' }];
    expect(errorFor(data)).toMatch(/quiz\[1\]\.options: chưa có đáp án đúng/);
  });

  it('refuses a single-choice question with two correct answers', () => {
    const data = validLesson();
    data.quiz = [
      {
        question: 'Bạn làm gì?',
        options: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
        ],
        explanation: 'Vì lý do này.',
      },
    ];
    expect(errorFor(data)).toMatch(/quiz\[1\]\.options: câu hỏi một đáp án \(type: single\) nhưng có 2 đáp án đúng/);
  });

  it('accepts a multiple-choice question with several correct answers', () => {
    const data = validLesson();
    (data.quiz as unknown[])[0] = {
      question: 'Chọn các ý đúng.',
      type: 'multiple',
      options: [{ text: 'A', correct: true }, { text: 'B', correct: true }, { text: 'C' }],
      explanation: 'A và B đều đúng.',
    };
    expect(errorFor(data)).toBe('');
  });

  it('holds the rules of a lesson: 2–5 objectives, 3–5 key points, at least 3 search words and 4 questions', () => {
    const cases: [string, unknown, RegExp][] = [
      ['objectives', ['Một.'], /objectives: cần từ 2 đến 5 mục/],
      ['objectives', ['Một.', 'Hai.', 'Ba.', 'Bốn.', 'Năm.', 'Sáu.'], /objectives: cần từ 2 đến 5 mục/],
      ['keyPoints', ['Một.', 'Hai.'], /keyPoints: cần từ 3 đến 5 mục/],
      ['keywords', ['a', 'b'].map((w) => `${w}${w}`), /keywords: cần ít nhất 3 từ/],
      ['quiz', (validLesson().quiz as unknown[]).slice(0, 3), /quiz: cần ít nhất 4 câu hỏi/],
    ];
    for (const [field, value, message] of cases) {
      const data = validLesson();
      data[field] = value;
      expect(errorFor(data), field).toMatch(message);
    }
  });

  it('refuses fewer than 2 or more than 5 options', () => {
    const data = validLesson();
    data.quiz = [{ question: 'Bạn làm gì?', options: [{ text: 'A', correct: true }], explanation: 'Vì lý do này.' }];
    expect(errorFor(data)).toMatch(/quiz\[1\]\.options: cần từ 2 đến 5 lựa chọn/);
  });

  it('refuses a date written day/month/year instead of guessing', () => {
    expect(errorFor({ ...validLesson(), reviewed: '22/11/2026' })).toMatch(
      /reviewed: "22\/11\/2026" không phải ngày dạng YYYY-MM-DD/,
    );
  });

  it('refuses an impossible date', () => {
    expect(errorFor({ ...validLesson(), reviewed: '2026-02-30' })).toMatch(/reviewed: .*YYYY-MM-DD/);
  });

  it('refuses a reviewed date in the future', () => {
    expect(errorFor({ ...validLesson(), reviewed: '2999-01-01' })).toMatch(/reviewed: ngày 2999-01-01 chưa tới/);
  });

  it('refuses a source without a full URL', () => {
    expect(errorFor({ ...validLesson(), sources: [{ title: 'Báo', url: 'vnexpress.net' }] })).toMatch(
      /sources\[1\]\.url: cần một địa chỉ web đầy đủ/,
    );
  });

  it('refuses an unknown audience', () => {
    expect(errorFor({ ...validLesson(), audience: ['everyone'] })).toMatch(
      /audience\[1\]: phải là một trong: "resident", "member", "trainer"/,
    );
  });
});

describe('local lessons in the ns course', () => {
  const ns = (code: string, local?: boolean) => ({
    ...validLesson(),
    course: 'ns',
    code,
    ...(local === undefined ? {} : { local }),
  });

  it('keeps ns1–ns49 for the project', () => {
    expect(errorFor(ns('ns3'))).toBe('');
    expect(errorFor(ns('ns50'))).toMatch(/local: mã từ ns50 trở lên dành cho bài của địa phương/);
  });

  it('numbers a locality’s lessons from ns50', () => {
    expect(errorFor(ns('ns50', true))).toBe('');
    expect(errorFor(ns('ns7', true))).toMatch(/code: bài của địa phương đánh số từ ns50/);
  });

  it('puts local lessons only in the ns course', () => {
    expect(errorFor({ ...validLesson(), local: true })).toMatch(/local: bài của địa phương đặt trong khóa ns/);
  });
});
