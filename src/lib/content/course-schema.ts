import { z } from 'astro/zod';

/** The people a course or lesson is written for. */
export const AudienceSchema = z.enum(['resident', 'member', 'trainer']);
export type Audience = z.output<typeof AudienceSchema>;

/** One course of the catalogue (`content/courses.yaml`). */
export const CourseSchema = z.strictObject({
  /** Folder name under `content/` and the course page's URL, e.g. `tt` → `/tt/`. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'chỉ chữ thường không dấu, số và dấu gạch (lowercase, digits, hyphens)'),
  /** Two letters every lesson code of the course starts with, e.g. `tt` for `tt3`. */
  prefix: z.string().regex(/^[a-z]{2}$/, 'đúng 2 chữ cái thường, ví dụ tt (exactly two lowercase letters)'),
  /** Course title as residents read it. */
  title: z.string().trim().min(3).max(60),
  /** One or two plain sentences: what the learner gains. */
  description: z.string().trim().min(10).max(220),
  /** Who the course is for, in words shown on the course page. */
  forWhom: z.string().trim().min(3).max(160),
  /** Groups of people the course is written for. */
  audience: z.array(AudienceSchema).min(1),
  /** Which of the five basic digital skills it teaches (Công văn 3240/BTTTT-CĐSQG), if any. */
  skill: z.number().int().min(1).max(5).optional(),
  /** Position in the catalogue, from 1. */
  order: z.number().int().min(1),
  /**
   * The course a locality adds its own lessons to, numbered from this number up (ns50, ns51…) and
   * marked `local: true`; lower numbers belong to this project, so a locality's copy can take its
   * updates without two lessons sharing a code.
   */
  localCodesFrom: z.number().int().min(2).max(999).optional(),
  /** The home page's “Tôi là tổ viên” path opens this course. */
  forMembersPath: z.boolean().default(false),
  /** The home page's path for trainers opens the lesson at this position of the course. */
  trainerLesson: z.number().int().min(1).optional(),
});

export type Course = z.output<typeof CourseSchema>;

/** The whole catalogue: ids, prefixes and orders are unique. */
export const CatalogueSchema = z
  .array(CourseSchema)
  .min(1)
  .superRefine((courses, ctx) => {
    for (const key of ['localCodesFrom', 'forMembersPath', 'trainerLesson'] as const) {
      const marked = courses.filter((course) => course[key]);
      if (marked.length > 1)
        ctx.addIssue({
          code: 'custom',
          path: [courses.indexOf(marked[1] as Course), key],
          message: `chỉ một khóa được có "${key}" (only one course may have it)`,
        });
    }
    for (const key of ['id', 'prefix', 'order'] as const) {
      const seen = new Map<unknown, number>();
      courses.forEach((course, index) => {
        const first = seen.get(course[key]);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [index, key],
            message: `"${String(course[key])}" đã dùng cho khóa thứ ${first + 1} (already used by course ${first + 1})`,
          });
        } else seen.set(course[key], index);
      });
    }
  });
