import { joinBase, withSlash } from './paths';

/**
 * Every public path of the site, in one place: printed QR codes live on walls for years, so
 * these are a promise (the whole contract is listed in tests/unit/routes.test.ts, so a change is a
 * visible, deliberate diff). Every path has a trailing slash (the site is built with
 * `trailingSlash: 'always'`) and the base path in front, so the site works at `/` and at e.g.
 * `/ky-nang-so/`. Pages and components ask this module; nothing builds a path by hand.
 */

/** A lesson code: two lowercase letters (the course prefix) and a number from 1, e.g. `tt3`. */
export const LESSON_CODE = /^[a-z]{2}[1-9][0-9]{0,2}$/;

/** The home page. */
export const homePath = (base: string) => joinBase(base, '');

/** `/tt/` for the course `tt`. */
export const coursePath = (base: string, courseId: string) => joinBase(base, `${courseId}/`);

/** `/tt/quet-ma-vietqr/` for the lesson with id `tt/quet-ma-vietqr`. */
export const lessonPath = (base: string, lessonId: string) => joinBase(base, `${lessonId}/`);

/** `/tt3/`: the permanent short link of a lesson, printed under every QR code. */
export const shortPath = (base: string, code: string) => joinBase(base, `${code}/`);

/** `/in/tt3/`: a lesson's printable handout. */
export const handoutPath = (base: string, code: string) => joinBase(base, `in/${code}/`);

/** `/in/tt/`: every handout of a course, after a cover. */
export const courseHandoutsPath = (base: string, courseId: string) => joinBase(base, `in/${courseId}/`);

/** `/in/ma-qr/`: the QR poster of every lesson for the cultural house's board. */
export const posterPath = (base: string) => joinBase(base, 'in/ma-qr/');

/** `/in/phieu-tham-ho/`: the printable visit checklist. */
export const visitChecklistPath = (base: string) => joinBase(base, 'in/phieu-tham-ho/');

/** `/trinh-chieu/tt3/`: a lesson's slides. */
export const slidesPath = (base: string, code: string) => joinBase(base, `trinh-chieu/${code}/`);

/** `/trinh-chieu/tt/`: a course's session plan. */
export const sessionPlanPath = (base: string, courseId: string) => joinBase(base, `trinh-chieu/${courseId}/`);

/** `/tien-do/`: the learner's progress on this device. */
export const progressPath = (base: string) => joinBase(base, 'tien-do/');

/** `/tien-do/hoan-thanh/tt/`: the page a learner prints after finishing a course. */
export const completionPath = (base: string, courseId: string) => joinBase(base, `tien-do/hoan-thanh/${courseId}/`);

/** `/so-theo-doi/`: the team member's household tally. */
export const tallyPath = (base: string) => joinBase(base, 'so-theo-doi/');

/** `/pagefind/`: the search index and engine, fetched when search opens. */
export const searchBundlePath = (base: string) => joinBase(base, 'pagefind/');

/** `/tap-thu/`: every practice flow ("Tập thử"), by course. */
export const practiceIndexPath = (base: string) => joinBase(base, 'tap-thu/');

/** `/tap-thu/chuyen-tien/`: a practice flow's page. */
export const practicePath = (base: string, flowId: string) => joinBase(base, `tap-thu/${flowId}/`);

/** `/tap-thu/chuyen-tien/buoc-3.svg`: the picture of step 3 of a flow (from 1). */
export const practicePicturePath = (base: string, flowId: string, step: number) =>
  joinBase(base, `tap-thu/${flowId}/buoc-${step}.svg`);

/** The page for saving courses to use without internet, and what is saved on this device. */
export const savedCoursesPath = (base: string) => joinBase(base, 'hoc-khong-can-mang/');

/** What a page not saved on this device shows when there is no connection. */
export const offlinePagePath = (base: string) => joinBase(base, 'khong-co-mang/');

/** The web app manifest, the service worker, and the list of files each course saves. */
export const webManifestPath = (base: string) => joinBase(base, 'manifest.webmanifest');
/** Linked by the Kiwix copy only (components/offline/AppLinks.astro). */
export const kiwixStylesPath = (base: string) => joinBase(base, 'kiwix.css');
export const serviceWorkerPath = (base: string) => joinBase(base, 'sw.js');
export const offlineDataPath = (base: string) => joinBase(base, 'offline.json');

/** Whether a site path is a lesson's short link (`/tt3/`, `/ky-nang-so/tt3/`). */
export function isShortPath(base: string, path: string): boolean {
  const b = withSlash(base);
  return path.startsWith(b) && LESSON_CODE.test(path.slice(b.length).replace(/\/$/, ''));
}

/** What the pages of a course are made from. */
export interface CourseOutline {
  id: string;
  lessons: readonly { id: string; code: string }[];
  /** The course's practice flows, with their number of steps (one picture each). */
  flows?: readonly { id: string; steps: number }[];
}

/**
 * Every page a course has: its page, session plan, handouts, completion page, each lesson's
 * page, short link, handout and slides, and its practice flows with their pictures (and the list
 * of flows). For saving a course to use without internet.
 */
export function courseUrls(base: string, course: CourseOutline): string[] {
  return [
    coursePath(base, course.id),
    sessionPlanPath(base, course.id),
    courseHandoutsPath(base, course.id),
    completionPath(base, course.id),
    ...course.lessons.flatMap((lesson) => [
      lessonPath(base, lesson.id),
      shortPath(base, lesson.code),
      handoutPath(base, lesson.code),
      slidesPath(base, lesson.code),
    ]),
    ...((course.flows?.length ?? 0) > 0 ? [practiceIndexPath(base)] : []),
    ...(course.flows ?? []).flatMap((flow) => [
      practicePath(base, flow.id),
      ...Array.from({ length: flow.steps }, (_, i) => practicePicturePath(base, flow.id, i + 1)),
    ]),
  ];
}
