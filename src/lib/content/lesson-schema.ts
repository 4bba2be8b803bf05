import { z } from 'astro/zod';
import { shuffleOptions } from '../quiz/shuffle';
import { AudienceSchema, type Course } from './course-schema';
import { QuizQuestionSchema } from './quiz-schema';
import { ReviewedDateSchema } from './reviewed-date';
import { SourceSchema } from './source-schema';

const line = (max: number) => z.string().trim().min(3).max(max);

/**
 * Front matter of a lesson (`content/<course>/<slug>.mdx`), merged into Starlight's docs schema.
 * Everything other views reuse (handout, slides, search, quiz, progress) lives here; the body
 * holds the teaching.
 */
export function createLessonSchema(courses: readonly Course[]) {
  const ids = courses.map((c) => c.id) as [string, ...string[]];
  return z
    .object({
      /** Page title, short enough for a phone screen and a slide. */
      title: z.string().trim().min(5).max(90),
      /** "Why this matters to you" in one or two sentences; shown on the course page. */
      description: z.string().trim().min(10).max(260),
      /** Stable short code: course prefix + number, e.g. `tt3`. Printed in QR links; never reused. */
      code: z
        .string()
        .regex(
          /^[a-z]{2}[1-9][0-9]{0,2}$/,
          'cần hai chữ thường rồi một số, ví dụ tt3 (two lowercase letters and a number, e.g. tt3)',
        ),
      /** Course id, the same as the folder the file is in. */
      course: z.enum(ids, { error: `khóa học phải là một trong: ${ids.join(', ')} (unknown course)` }),
      /** Position in the course, from 1. */
      order: z.number().int().min(1),
      /** Who the lesson is written for. */
      audience: z.array(AudienceSchema).min(1),
      /** About how long a resident takes, in minutes. */
      minutes: z.number().int().min(3).max(120),
      /** What you will be able to do: each a verb the learner can check. */
      objectives: z.array(line(200)).min(1).max(6),
      /** What to have ready before starting (phone, card, account…). */
      materials: z.array(line(160)).max(8).default([]),
      /** Three to five lines the learner keeps; they end the handout and the slides. */
      keyPoints: z.array(line(200)).min(1).max(6),
      /** Words people actually type when looking for this lesson ("CCCD", "app ngân hàng"…). */
      keywords: z.array(z.string().trim().min(2).max(40)).max(20).default([]),
      /** Self-check questions. */
      quiz: z.array(QuizQuestionSchema).min(1).max(10),
      /** Where the facts come from. */
      sources: z.array(SourceSchema).min(1),
      /** When someone last checked the lesson against its sources (YYYY-MM-DD). */
      reviewed: ReviewedDateSchema,
      /** A lesson written by a locality (only in the `ns` course, numbered from ns50). */
      local: z.boolean().default(false),
    })
    .superRefine((lesson, ctx) => {
      const course = courses.find((c) => c.id === lesson.course);
      if (!course) return;
      if (!lesson.code.startsWith(course.prefix)) {
        ctx.addIssue({
          code: 'custom',
          path: ['code'],
          message: `mã "${lesson.code}" phải bắt đầu bằng "${course.prefix}" vì bài thuộc khóa ${course.id} (code must start with the course prefix)`,
        });
      }
      // Lessons of the locality's own course (`localCodesFrom` in courses.yaml) are numbered apart.
      const number = Number(lesson.code.slice(course.prefix.length));
      const from = course.localCodesFrom;
      const localCourse = courses.find((c) => c.localCodesFrom);
      const p = course.prefix;
      if (lesson.local && from === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['local'],
          message: `bài của địa phương đặt trong khóa ${localCourse?.id ?? '(không có)'} (local lessons belong to the ${localCourse?.id} course)`,
        });
      } else if (from !== undefined && lesson.local && number < from) {
        ctx.addIssue({
          code: 'custom',
          path: ['code'],
          message: `bài của địa phương đánh số từ ${p}${from} trở lên; ${p}1–${p}${from - 1} dành cho bài chung (local lessons are numbered from ${p}${from})`,
        });
      } else if (from !== undefined && !lesson.local && number >= from) {
        ctx.addIssue({
          code: 'custom',
          path: ['local'],
          message: `mã từ ${p}${from} trở lên dành cho bài của địa phương: thêm "local: true" (codes from ${p}${from} are for local lessons)`,
        });
      }
    })
    .transform((lesson) => ({
      ...lesson,
      // Shown in an order that no pattern gives away, the same on every build (lib/quiz/shuffle.ts).
      quiz: lesson.quiz.map((q) => ({ ...q, options: shuffleOptions(q.options, `${lesson.code}:${q.question}`, q.type) })),
    }));
}

export type LessonData = z.output<ReturnType<typeof createLessonSchema>>;
