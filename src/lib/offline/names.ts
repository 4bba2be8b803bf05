/**
 * Names shared by the service worker and the pages: the caches, and the marker that says a
 * course was saved whole. A course lives in its own cache, named with its version, so saving is
 * all-or-nothing (the marker goes in last) and a refresh never mixes two versions.
 */

/** Pages visited online, kept for reading offline (network first). */
export const PAGES_CACHE = 'kns-pages-v1';
/** Scripts, styles, pictures and search files fetched while reading (hashed files: cache first). */
export const ASSETS_CACHE = 'kns-assets-v1';
const COURSE_PREFIX = 'kns-course-';

/** The cache of one saved version of a course: `kns-course-tt-3f9a1c2b`. */
export const courseCacheName = (courseId: string, version: string) => `${COURSE_PREFIX}${courseId}-${version}`;

/** The course and version a cache holds, or undefined for any other cache. */
export function parseCourseCache(name: string): { courseId: string; version: string } | undefined {
  const match = /^kns-course-([a-z0-9-]+)-([0-9a-f]{8,})$/.exec(name);
  return match ? { courseId: match[1] ?? '', version: match[2] ?? '' } : undefined;
}

/** Where, inside a course's cache, the record of a complete save is kept (never a real page). */
export const savedMarkerUrl = (scope: string, courseId: string) => new URL(`__kns-saved/${courseId}`, scope).href;

/** What the marker records: when the course was saved, how many bytes, which version. */
export interface SavedRecord {
  courseId: string;
  version: string;
  savedAt: string;
  bytes: number;
}

/**
 * The caches a new service worker deletes: this site's own caches of an older scheme (another
 * `-vN`), never the current ones, a saved course, or another site's caches.
 */
export function outdatedCaches(names: readonly string[]): string[] {
  return names.filter(
    (name) => name.startsWith('kns-') && name !== PAGES_CACHE && name !== ASSETS_CACHE && !parseCourseCache(name),
  );
}

/**
 * Of one course's caches, those to delete once `keep` is saved whole: every other version.
 */
export function otherVersions(names: readonly string[], courseId: string, keep: string): string[] {
  return names.filter((name) => {
    const parsed = parseCourseCache(name);
    return parsed?.courseId === courseId && name !== keep;
  });
}
