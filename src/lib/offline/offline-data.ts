import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type CourseOutline, courseUrls } from '../urls/routes';

/** A file to save, by its path under the site (with the base path), and its size on disk. */
export interface OfflineFile {
  url: string;
  bytes: number;
}

/**
 * A course as saving needs it: its own pages, the total size with the shared files, and a
 * version that changes with any of them.
 */
export interface OfflineCourse {
  id: string;
  title: string;
  version: string;
  bytes: number;
  pages: OfflineFile[];
}

/**
 * `offline.json`, written after the build: what saving a course downloads. The course pages come
 * from the route table (lib/urls/routes.ts), so the list cannot drift from the site; every course
 * also takes the shared files (scripts, styles, icons, the search index), listed once, so that
 * all of it works without a connection.
 */
export interface OfflineData {
  /** The build this list belongs to (also Pagefind's `metaCacheTag`). */
  build: string;
  shared: OfflineFile[];
  courses: OfflineCourse[];
}

/** Every file under a folder, as site paths (`/_astro/a.css`), sorted. */
function filesUnder(dist: string, folder: string, base: string): string[] {
  const root = join(dist, folder);
  let entries: string[];
  try {
    entries = readdirSync(root, { recursive: true }) as string[];
  } catch {
    return [];
  }
  return entries
    .filter((entry) => statSync(join(root, entry)).isFile())
    .map((entry) => `${base}${relative(dist, join(root, entry)).split(sep).join('/')}`)
    .sort();
}

/** The file on disk a site path is served from (`/tt/` → `dist/tt/index.html`). */
export function fileOf(dist: string, base: string, url: string): string {
  const path = url.slice(base.length);
  return join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

/** What every saved course carries besides its pages: scripts, styles, icons, search. */
export function sharedFiles(dist: string, base: string): string[] {
  return [
    ...filesUnder(dist, '_astro', base),
    ...filesUnder(dist, 'pagefind', base),
    ...filesUnder(dist, 'icons', base),
    `${base}favicon.svg`,
    `${base}manifest.webmanifest`,
  ];
}

/**
 * The offline list of every course, read from the built site in `dist`. A page or file the route
 * table names but the build did not write stops the build: a saved course would be incomplete.
 */
export function offlineData(
  dist: string,
  base: string,
  build: string,
  courses: readonly (CourseOutline & { title: string })[],
): OfflineData {
  const read = (url: string, courseId: string) => {
    try {
      return readFileSync(fileOf(dist, base, url));
    } catch {
      throw new Error(`offline.json: khóa ${courseId} cần ${url}, nhưng bản dựng không có tệp này.`);
    }
  };
  const sharedHash = createHash('sha256');
  const shared = sharedFiles(dist, base).map((url) => {
    const content = read(url, '*');
    sharedHash.update(url).update('\0').update(content);
    return { url, bytes: content.length };
  });
  const sharedVersion = sharedHash.digest('hex');
  const sharedBytes = shared.reduce((sum, file) => sum + file.bytes, 0);
  return {
    build,
    shared,
    courses: courses.map((course) => {
      const hash = createHash('sha256').update(sharedVersion);
      const pages = courseUrls(base, course).map((url) => {
        const content = read(url, course.id);
        hash.update(url).update('\0').update(content);
        return { url, bytes: content.length };
      });
      return {
        id: course.id,
        title: course.title,
        version: hash.digest('hex').slice(0, 12),
        bytes: sharedBytes + pages.reduce((sum, file) => sum + file.bytes, 0),
        pages,
      };
    }),
  };
}

/**
 * A version of the site's sources (folders and files under `root`): the same sources give the
 * same id, so an unchanged redeploy does not make readers download their saved courses again.
 */
export function sourceVersion(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    const full = join(root, path);
    let entries: string[];
    try {
      entries = statSync(full).isDirectory() ? (readdirSync(full, { recursive: true }) as string[]).sort() : [''];
    } catch {
      continue; // Not there (a copy of the project without it): nothing to add.
    }
    for (const entry of entries) {
      const file = join(full, entry);
      if (!statSync(file).isFile()) continue;
      hash.update(`${path}/${entry}`).update('\0').update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 12);
}
