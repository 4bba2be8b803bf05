import { type CollectionEntry, getCollection } from 'astro:content';
import type { Course } from './course-schema';
import { getCourses } from './courses';
import type { LessonData } from './lesson-schema';

/** The data of a page of the `docs` collection: Starlight's fields and, on a lesson, the lesson's. */
export type PageData = CollectionEntry<'docs'>['data'];

/**
 * A lesson entry. Every entry of the `docs` collection comes from `content/<course>/` and is a
 * lesson, checked in full by the loader; the type says its lesson fields are all there.
 */
export type LessonEntry = Omit<CollectionEntry<'docs'>, 'data'> & { data: PageData & LessonData };

/**
 * Whether a page's data is a lesson's: lessons have a code, Starlight's own pages (home, course
 * pages) have none. The loader has checked every other field of a lesson.
 */
export function isLessonData(data: PageData): data is LessonEntry['data'] {
  return typeof data.code === 'string';
}

const isLessonEntry = (entry: CollectionEntry<'docs'>): entry is LessonEntry => isLessonData(entry.data);

let cached: Promise<LessonEntry[]> | undefined;

/** All published lessons, in catalogue order: by course order, then lesson order. */
export function getLessons(): Promise<LessonEntry[]> {
  cached ??= getCollection('docs', (entry) => import.meta.env.DEV || !entry.data.draft).then((all) => {
    const courseOrder = new Map(getCourses().map((c) => [c.id, c.order]));
    const entries = all.filter(isLessonEntry);
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
