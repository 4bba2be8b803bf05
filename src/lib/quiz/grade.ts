/** What grading needs of a question. */
export interface GradedQuestion {
  type: 'single' | 'multiple';
  /** Indexes of the correct options, from 0. */
  correct: readonly number[];
}

export type Verdict = 'correct' | 'wrong' | 'unanswered';

export interface QuizResult {
  verdicts: Verdict[];
  /** Questions answered right. */
  score: number;
  total: number;
  /** Every question right: the lesson is done. */
  passed: boolean;
}

/**
 * One question's verdict. A multiple-choice question is right only when exactly the correct
 * options are ticked, in any order (all-or-nothing); an unanswered question is not right.
 */
export function gradeQuestion(question: GradedQuestion, chosen: readonly number[]): Verdict {
  const picked = [...new Set(chosen)].sort((a, b) => a - b);
  if (picked.length === 0) return 'unanswered';
  if (question.type === 'single' && picked.length !== 1) return 'wrong';
  const correct = [...new Set(question.correct)].sort((a, b) => a - b);
  return picked.length === correct.length && picked.every((value, i) => value === correct[i]) ? 'correct' : 'wrong';
}

/**
 * Grades a self-check. Pure: the quiz's correct options and the learner's choices in, a verdict
 * per question and a score out; passed when every question is right.
 */
export function gradeQuiz(questions: readonly GradedQuestion[], answers: readonly (readonly number[])[]): QuizResult {
  const verdicts = questions.map((question, i) => gradeQuestion(question, answers[i] ?? []));
  const score = verdicts.filter((v) => v === 'correct').length;
  return { verdicts, score, total: questions.length, passed: questions.length > 0 && score === questions.length };
}
