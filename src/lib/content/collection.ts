import { type CollectionEntry, getCollection } from 'astro:content';
import type { Course } from './course-schema';
import { getCourses } from './courses';
import type { LessonData } from './lesson-schema';

/**
 * A lesson entry. Every entry of the `docs` collection is a lesson in `content/<course>/`, checked
 * against the lesson schema by the loader, so its data has the lesson's fields.
 */
export type LessonEntry = Omit<CollectionEntry<'docs'>, 'data'> & { data: CollectionEntry<'docs'>['data'] & LessonData };

let cached: Promise<LessonEntry[]> | undefined;

/** All published lessons, in catalogue order: by course order, then lesson order. */
export function getLessons(): Promise<LessonEntry[]> {
  cached ??= getCollection('docs', (entry) => import.meta.env.DEV || !entry.data.draft).then((all) => {
    const courseOrder = new Map(getCourses().map((c) => [c.id, c.order]));
    const entries = all as LessonEntry[];
    return entries.sort(
      (a, b) => (courseOrder.get(a.data.course) ?? 99) - (courseOrder.get(b.data.course) ?? 99) || a.data.order - b.data.order,
    );
  });
  return cached;
}

/** The lessons of one course, in order. */
export async function getCourseLessons(course: Course | string): Promise<LessonEntry[]> {
  const id = typeof course === 'string' ? course : course.id;
  return (await getLessons()).filter((lesson) => lesson.data.course === id);
}

/** A course's size, as its card, page and session plan show it: lessons, and minutes in all. */
export function courseSize(lessons: readonly LessonEntry[]): { count: number; minutes: number } {
  return { count: lessons.length, minutes: lessons.reduce((sum, lesson) => sum + lesson.data.minutes, 0) };
}

/** Every course with its lessons and size, in catalogue order. */
export async function getCatalogue(): Promise<{ course: Course; lessons: LessonEntry[]; count: number; minutes: number }[]> {
  return Promise.all(
    getCourses().map(async (course) => {
      const lessons = await getCourseLessons(course);
      return { course, lessons, ...courseSize(lessons) };
    }),
  );
}

/** Whether route data belongs to a lesson (and not to a page such as the home page). */
export function isLessonData(data: object): data is LessonEntry['data'] {
  // The loader guarantees every docs entry is a complete lesson; pages have no `code`.
  return 'code' in data && 'course' in data && 'quiz' in data;
}
