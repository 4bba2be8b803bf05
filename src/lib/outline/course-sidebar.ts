import type { Course } from '../content/course-schema';
import { coursePath, homePath, lessonPath, practiceIndexPath, progressPath, savedCoursesPath } from '../urls/routes';

/** Starlight's sidebar entry shapes (route data `sidebar`), kept to what we build. */
export interface SidebarLink {
  type: 'link';
  label: string;
  href: string;
  isCurrent: boolean;
  badge: undefined;
  attrs: Record<string, string>;
}
export interface SidebarGroup {
  type: 'group';
  label: string;
  entries: SidebarLink[];
  collapsed: boolean;
  badge: undefined;
}
export type SidebarItem = SidebarLink | SidebarGroup;

/** What the outline needs to know of a lesson. */
export interface OutlineLesson {
  id: string;
  code: string;
  title: string;
  order: number;
}

/** One link of Starlight's sidebar (also what its previous/next links take). */
export const sidebarLink = (
  label: string,
  href: string,
  currentPath: string,
  attrs: Record<string, string> = {},
): SidebarLink => ({
  type: 'link',
  label,
  href,
  isCurrent: href === currentPath,
  badge: undefined,
  attrs,
});

/**
 * The sidebar of a lesson or course page: only its own course, so a page stays the same size
 * however many lessons provinces add elsewhere. `data-kns-code` lets progress marks find links.
 * The learner's progress page and the saved courses come first, so both are in the menu on every page.
 */
export function courseSidebar(options: {
  base: string;
  course: Course;
  lessons: readonly OutlineLesson[];
  currentPath: string;
  labels: { allCourses: string; overview: string; progress: string; offline: string };
}): SidebarItem[] {
  const { base, course, lessons, currentPath, labels } = options;
  return [
    sidebarLink(labels.allCourses, homePath(base), currentPath),
    sidebarLink(labels.progress, progressPath(base), currentPath),
    sidebarLink(labels.offline, savedCoursesPath(base), currentPath),
    {
      type: 'group',
      label: course.title,
      collapsed: false,
      badge: undefined,
      entries: [
        sidebarLink(labels.overview, coursePath(base, course.id), currentPath),
        ...lessons.map((lesson) =>
          sidebarLink(`${lesson.order}. ${lesson.title}`, lessonPath(base, lesson.id), currentPath, {
            'data-kns-code': lesson.code,
          }),
        ),
      ],
    },
  ];
}

/**
 * The sidebar of pages outside any course: home, progress, saved courses, the practice screens,
 * then the list of courses. (A lesson's sidebar leaves the practice list out: its course page and
 * its pictures link to its own flows, and lesson pages stay small.)
 */
export function catalogueSidebar(options: {
  base: string;
  courses: readonly Course[];
  currentPath: string;
  labels: { home: string; progress: string; offline: string; practice: string };
}): SidebarItem[] {
  const { base, courses, currentPath, labels } = options;
  return [
    sidebarLink(labels.home, homePath(base), currentPath),
    sidebarLink(labels.progress, progressPath(base), currentPath),
    sidebarLink(labels.offline, savedCoursesPath(base), currentPath),
    sidebarLink(labels.practice, practiceIndexPath(base), currentPath),
    ...courses.map((course) => sidebarLink(course.title, coursePath(base, course.id), currentPath)),
  ];
}

/** Previous and next lesson within the course, for the page footer. */
export function coursePagination<T extends { id: string }>(
  lessons: readonly T[],
  currentId: string,
): { prev: T | undefined; next: T | undefined } {
  const index = lessons.findIndex((l) => l.id === currentId);
  if (index === -1) return { prev: undefined, next: undefined };
  return { prev: lessons[index - 1], next: lessons[index + 1] };
}
