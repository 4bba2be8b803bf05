import { describe, expect, it } from 'vitest';
import { gradeQuestion, gradeQuiz } from '../../../src/lib/quiz/grade';

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
