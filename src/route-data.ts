import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCourseLessons, isLessonData } from './lib/content/collection';
import { getCourses } from './lib/content/courses';
import { catalogueSidebar, coursePagination, courseSidebar, sidebarLink } from './lib/outline/course-sidebar';
import { coursePath, lessonPath } from './lib/urls/routes';

/**
 * Per-page route data:
 * - the sidebar shows only the page's own course (pages stay small as provinces add lessons),
 *   or the list of courses on pages outside a course;
 * - previous/next links stay within the course, in lesson order;
 * - a lesson's reviewed date is its "last updated" date;
 * - the head carries no tag that no reader needs.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const t = context.locals.t;
  const base = import.meta.env.BASE_URL;
  const currentPath = context.url.pathname;
  const data = route.entry.data;

  // Bytes on every page that no reader needs: the generator tags, and a Twitter card with no
  // picture (Zalo and Facebook read the og: tags, which stay).
  route.head = route.head.filter(
    (entry) => !(entry.tag === 'meta' && /^(generator|twitter:card)$/.test(String(entry.attrs?.['name'] ?? ''))),
  );

  const courseId = isLessonData(data) ? data.course : getCourses().find((c) => currentPath === coursePath(base, c.id))?.id;
  const course = getCourses().find((c) => c.id === courseId);

  if (!course) {
    route.sidebar = catalogueSidebar({
      base,
      courses: getCourses(),
      currentPath,
      labels: {
        home: t('kns.nav.home'),
        progress: t('kns.nav.progress'),
        offline: t('kns.offline.pageTitle'),
        practice: t('kns.practice.title'),
      },
    });
    return;
  }

  const lessons = await getCourseLessons(course);
  const outline = lessons.map((l) => ({ id: l.id, code: l.data.code, title: l.data.title, order: l.data.order }));
  route.sidebar = courseSidebar({
    base,
    course,
    lessons: outline,
    currentPath,
    labels: {
      allCourses: t('kns.nav.allCourses'),
      overview: t('kns.nav.overview'),
      progress: t('kns.nav.progress'),
      offline: t('kns.offline.pageTitle'),
    },
  });

  if (isLessonData(data)) {
    route.lastUpdated = data.reviewed;
    const { prev, next } = coursePagination(outline, route.entry.id);
    const toLink = (l: (typeof outline)[number]) => sidebarLink(l.title, lessonPath(base, l.id), currentPath);
    route.pagination = { prev: prev && toLink(prev), next: next && toLink(next) };
  }
});
