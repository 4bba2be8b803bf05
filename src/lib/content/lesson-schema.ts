import { z } from 'astro/zod';
import { shuffleOptions } from '../quiz/shuffle';
import { LESSON_CODE } from '../urls/routes';
import { AudienceSchema, type Course } from './course-schema';
import { QuizQuestionSchema } from './quiz-schema';
import { ReviewedDateSchema } from './reviewed-date';
import { SourceSchema } from './source-schema';

const line = (max: number) => z.string().trim().min(3).max(max);
/** How many items a list needs, in the words the error shows. */
const between = (min: number, max: number) => `cần từ ${min} đến ${max} mục (${min} to ${max} items)`;

/**
 * The fields of a lesson's front matter (`content/<course>/<slug>.mdx`). Everything other views
 * reuse (handout, slides, search, quiz, progress) lives here; the body holds the teaching. The
 * docs collection knows them too (all optional there, since Starlight's own pages share it), so
 * code that reads a field that does not exist does not compile.
 */
export function lessonFields(courses: readonly Course[]) {
  const ids = courses.map((c) => c.id) as [string, ...string[]];
  return z.object({
    /** Page title, short enough for a phone screen and a slide. */
    title: z.string().trim().min(5).max(90),
    /** "Why this matters to you" in one or two sentences; shown on the course page. */
    description: z.string().trim().min(10).max(260),
    /** Stable short code: course prefix + number, e.g. `tt3`. Printed in QR links; never reused. */
    code: z
      .string()
      .regex(LESSON_CODE, 'cần hai chữ thường rồi một số, ví dụ tt3 (two lowercase letters and a number, e.g. tt3)'),
    /** Course id, the same as the folder the file is in. */
    course: z.enum(ids, { error: `khóa học phải là một trong: ${ids.join(', ')} (unknown course)` }),
    /** Position in the course, from 1. */
    order: z.number().int().min(1),
    /** Who the lesson is written for. */
    audience: z.array(AudienceSchema).min(1),
    /** About how long a resident takes, in minutes. */
    minutes: z.number().int().min(3).max(120),
    /** What you will be able to do: two to five, each a verb the learner can check. */
    objectives: z.array(line(200)).min(2, between(2, 5)).max(5, between(2, 5)),
    /** What to have ready before starting (phone, card, account…). */
    materials: z.array(line(160)).max(8).default([]),
    /** Three to five lines the learner keeps; they end the handout and the slides. */
    keyPoints: z.array(line(200)).min(3, between(3, 5)).max(5, between(3, 5)),
    /** At least three words people actually type when looking for this lesson ("CCCD", "app ngân hàng"…). */
    keywords: z
      .array(z.string().trim().min(2).max(40))
      .min(3, 'cần ít nhất 3 từ người dân hay gõ khi tìm bài này (at least 3 search words)')
      .max(20),
    /** Four to ten self-check questions: situations from daily life, not recall. */
    quiz: z
      .array(QuizQuestionSchema)
      .min(4, 'cần ít nhất 4 câu hỏi tình huống (at least 4 questions)')
      .max(10, 'nhiều nhất 10 câu hỏi (at most 10 questions)'),
    /** Where the facts come from. */
    sources: z.array(SourceSchema).min(1),
    /** When someone last checked the lesson against its sources (YYYY-MM-DD). */
    reviewed: ReviewedDateSchema,
    /** A lesson written by a locality (only in the course with `localCodesFrom`, numbered from it). */
    local: z.boolean().default(false),
  });
}

/**
 * The lesson's fields for the docs collection's type: every field optional, as Starlight's own
 * pages share the collection, and nothing checked at run time (the lesson loader checks lessons
 * in full, with messages for authors; a second check would only print Astro's messages first).
 */
export function lessonFieldTypes() {
  return z.object({}).catchall(z.unknown()) as unknown as ReturnType<ReturnType<typeof lessonFields>['partial']>;
}

/**
 * A lesson's front matter as the lesson loader checks it: every field, the rules that tie fields
 * together (code and course, a locality's numbering), and the quiz options in their shown order.
 */
export function createLessonSchema(courses: readonly Course[]) {
  return lessonFields(courses)
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
