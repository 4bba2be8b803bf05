/**
 * Site paths, all with a trailing slash (the site is built with `trailingSlash: 'always'`) and
 * the base path in front, so the site works at `/` and at e.g. `/ky-nang-so/`.
 */

/** Joins a base path (`/` or `/ky-nang-so/`) and a site path without doubling slashes. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** `/tt/quet-ma-vietqr/` for the lesson with id `tt/quet-ma-vietqr`. */
export function lessonPath(base: string, lessonId: string): string {
  return joinBase(base, `${lessonId}/`);
}

/** `/tt/` for the course `tt`. */
export function coursePath(base: string, courseId: string): string {
  return joinBase(base, `${courseId}/`);
}

/** `/tien-do/`: the learner's progress on this device. */
export function progressPath(base: string): string {
  return joinBase(base, 'tien-do/');
}

/** `/tien-do/hoan-thanh/tt/`: the page a learner prints after finishing a course. */
export function completionPath(base: string, courseId: string): string {
  return joinBase(base, `tien-do/hoan-thanh/${courseId}/`);
}

/** The absolute URL of a site path, or undefined without a site URL. */
export function absoluteUrl(siteUrl: string, path: string): string | undefined {
  if (!siteUrl) return undefined;
  return `${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
