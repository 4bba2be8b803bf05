import { z } from 'astro/zod';

/** One answer a learner can pick. */
export const QuizOptionSchema = z.strictObject({
  /** The answer as the learner reads it. */
  text: z.string().trim().min(1),
  /** Whether picking it is right. Leave out for a wrong answer. */
  correct: z.boolean().default(false),
});

/**
 * A self-check question. `single` has exactly one correct option (radio buttons); `multiple`
 * has one or more (checkboxes), graded all-or-nothing.
 */
export const QuizQuestionSchema = z
  .strictObject({
    /** A situation from daily life and what to do, not recall of the lesson's wording. */
    question: z.string().trim().min(5),
    /** `single` (default): one right answer; `multiple`: tick every right answer. */
    type: z.enum(['single', 'multiple']).default('single'),
    /** Two to five answers; the wrong ones are the mistakes people really make. */
    options: z
      .array(QuizOptionSchema)
      .min(2, 'cần từ 2 đến 5 lựa chọn (2 to 5 options)')
      .max(5, 'cần từ 2 đến 5 lựa chọn (2 to 5 options)'),
    /** Shown after answering, right or wrong: it teaches why. */
    explanation: z.string().trim().min(5),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'chưa có đáp án đúng: đánh dấu "correct: true" cho ít nhất một lựa chọn (no correct option)',
      });
    } else if (q.type === 'single' && correct > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `câu hỏi một đáp án (type: single) nhưng có ${correct} đáp án đúng; nếu cần chọn nhiều, ghi "type: multiple" (single-choice question with ${correct} correct options)`,
      });
    }
    const texts = q.options.map((o) => o.text.toLowerCase());
    const dup = texts.find((t, i) => texts.indexOf(t) !== i);
    if (dup) ctx.addIssue({ code: 'custom', path: ['options'], message: `hai lựa chọn giống nhau: "${dup}" (duplicate option)` });
  });

export type QuizQuestion = z.output<typeof QuizQuestionSchema>;
