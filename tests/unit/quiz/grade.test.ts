import { describe, expect, it } from 'vitest';
import { gradeQuestion, gradeQuiz } from '../../../src/lib/quiz/grade';
import { REFERS_TO_OTHERS, rightOnesFirst, shuffleOptions } from '../../../src/lib/quiz/shuffle';

const single = { type: 'single' as const, correct: [1] };
const multiple = { type: 'multiple' as const, correct: [0, 2] };

describe('grading one question', () => {
  it('single choice: right only with the one correct option', () => {
    expect(gradeQuestion(single, [1])).toBe('correct');
    expect(gradeQuestion(single, [0])).toBe('wrong');
    expect(gradeQuestion(single, [0, 1])).toBe('wrong');
  });

  it('multiple choice: all or nothing, in any order', () => {
    expect(gradeQuestion(multiple, [2, 0])).toBe('correct');
    expect(gradeQuestion(multiple, [0])).toBe('wrong');
    expect(gradeQuestion(multiple, [0, 1, 2])).toBe('wrong');
    expect(gradeQuestion(multiple, [0, 0, 2])).toBe('correct');
  });

  it('an unanswered question is neither right nor wrong, and not right', () => {
    expect(gradeQuestion(single, [])).toBe('unanswered');
    expect(gradeQuestion(multiple, [])).toBe('unanswered');
  });
});

describe('grading a quiz', () => {
  it('scores each question and passes only when all are right', () => {
    expect(gradeQuiz([single, multiple], [[1], [0, 2]])).toEqual({
      verdicts: ['correct', 'correct'],
      score: 2,
      total: 2,
      passed: true,
    });
    expect(gradeQuiz([single, multiple], [[1], [0]])).toEqual({
      verdicts: ['correct', 'wrong'],
      score: 1,
      total: 2,
      passed: false,
    });
  });

  it('counts missing answers as unanswered', () => {
    expect(gradeQuiz([single, multiple], [[1]])).toEqual({
      verdicts: ['correct', 'unanswered'],
      score: 1,
      total: 2,
      passed: false,
    });
  });

  it('never passes an empty quiz', () => {
    expect(gradeQuiz([], []).passed).toBe(false);
  });
});

describe('the order options are shown in', () => {
  const options = (texts: string[], right: number[]) => texts.map((text, i) => ({ text, correct: right.includes(i) }));

  it('is the same for the same seed, and another for another seed', () => {
    const four = options(['Một', 'Hai', 'Ba', 'Bốn'], [1]);
    expect(shuffleOptions(four, 'tt3:câu 1', 'single')).toEqual(shuffleOptions(four, 'tt3:câu 1', 'single'));
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) =>
        shuffleOptions(four, seed, 'single')
          .map((o) => o.text)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('keeps an option that speaks of the others in its place', () => {
    const withBoth = options(['Gọi lại số lạ', 'Tắt máy', 'Cả hai ý trên'], [2]);
    for (const seed of ['a', 'b', 'c', 'd']) expect(shuffleOptions(withBoth, seed, 'single')[2]?.text).toBe('Cả hai ý trên');
    expect(REFERS_TO_OTHERS.test('Tất cả các đáp án trên')).toBe(true);
    expect(REFERS_TO_OTHERS.test('Cài cả hai bản cho chắc.')).toBe(false);
  });

  it('never lists the right options of a “select all” question first', () => {
    const many = options(['Tên', 'Số tiền', 'Nội dung', 'Màu nền'], [0, 1, 2]);
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])
      expect(rightOnesFirst(shuffleOptions(many, seed, 'multiple'))).toBe(false);
  });
});
