import { courseCacheName, otherVersions, parseCourseCache, type SavedRecord, savedMarkerUrl } from './names';
import type { OfflineCourse, OfflineData, OfflineFile } from './offline-data';

/** What one save downloads: a course's pages and the shared files, with its version and size. */
export interface SaveItem {
  id: string;
  version: string;
  bytes: number;
  files: OfflineFile[];
}

/** A course of `offline.json` with everything it needs to work offline. */
export const saveItem = (data: OfflineData, course: OfflineCourse): SaveItem => ({
  id: course.id,
  version: course.version,
  bytes: course.bytes,
  files: [...course.pages, ...data.shared],
});

/** Why a save stopped. Nothing of it is kept: a course is saved whole or not at all. */
export class SaveError extends Error {
  constructor(
    readonly kind: 'failed' | 'full',
    /** The file that could not be downloaded (for `failed`). */
    readonly part = '',
  ) {
    super(kind === 'full' ? 'no room to save' : `could not download ${part}`);
  }
}

/** What saving needs from the browser; tests give their own. */
export interface SaveEnv {
  caches: CacheStorage;
  fetch: typeof fetch;
  /** Bytes the site may still store, when the browser says (`navigator.storage.estimate`). */
  room?: () => Promise<number | undefined>;
}

export interface Progress {
  done: number;
  total: number;
  bytes: number;
}

const ATTEMPTS = 3;
const PARALLEL = 4;

async function download(env: SaveEnv, url: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await env.fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
      if (response.ok) return response;
      // A missing file stays missing: no point trying again.
      if (response.status === 404 || attempt >= ATTEMPTS) throw new SaveError('failed', url);
    } catch (error) {
      if (error instanceof SaveError || attempt >= ATTEMPTS)
        throw error instanceof SaveError ? error : new SaveError('failed', url);
    }
  }
}

/**
 * Saves every file of a course, all or nothing: all files are downloaded first (each tried up to
 * three times), then written to the course's own cache, and the record that it is complete goes
 * in last. On any failure the new cache is deleted and the version saved before, if any, stays.
 * Once the new version is whole, older versions of the course are deleted.
 */
export async function saveCourse(
  course: SaveItem,
  scope: string,
  env: SaveEnv,
  onProgress: (progress: Progress) => void = () => {},
  now: () => Date = () => new Date(),
): Promise<SavedRecord> {
  const room = await env.room?.();
  if (room !== undefined && room < course.bytes) throw new SaveError('full');
  const total = course.files.length;
  const downloaded: [string, Response][] = [];
  let bytes = 0;
  const queue = [...course.files];
  onProgress({ done: 0, total, bytes });
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const response = await download(env, file.url);
      downloaded.push([file.url, response]);
      bytes += file.bytes;
      onProgress({ done: downloaded.length, total, bytes });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, total) }, worker));

  const name = courseCacheName(course.id, course.version);
  const record: SavedRecord = { courseId: course.id, version: course.version, savedAt: now().toISOString(), bytes: course.bytes };
  try {
    const cache = await env.caches.open(name);
    for (const [url, response] of downloaded) await cache.put(url, response);
    await cache.put(
      savedMarkerUrl(scope, course.id),
      new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }),
    );
  } catch {
    // Everything was downloaded: what failed is the storage (full, or refused in a private window).
    await env.caches.delete(name).catch(() => false);
    throw new SaveError('full');
  }
  for (const old of otherVersions(await env.caches.keys(), course.id, name)) await env.caches.delete(old);
  return record;
}

/** The courses saved whole on this device, by course id (a cache without its record is ignored). */
export async function savedCourses(scope: string, caches: CacheStorage): Promise<Map<string, SavedRecord>> {
  const saved = new Map<string, SavedRecord>();
  for (const name of await caches.keys()) {
    const parsed = parseCourseCache(name);
    if (!parsed) continue;
    const cache = await caches.open(name);
    const marker = await cache.match(savedMarkerUrl(scope, parsed.courseId));
    if (!marker) continue;
    try {
      const record = (await marker.json()) as SavedRecord;
      const current = saved.get(parsed.courseId);
      if (!current || record.savedAt > current.savedAt) saved.set(parsed.courseId, record);
    } catch {
      // A damaged record: the course is shown as not saved, and saving it again replaces it.
    }
  }
  return saved;
}

/** Deletes every saved version of a course. */
export async function removeCourse(courseId: string, caches: CacheStorage): Promise<void> {
  for (const name of await caches.keys()) {
    if (parseCourseCache(name)?.courseId === courseId) await caches.delete(name);
  }
}

/** Saved courses whose files changed in the deployed site: to save again, in the background. */
export function outdated(saved: Map<string, SavedRecord>, data: OfflineData): SaveItem[] {
  return data.courses
    .filter((course) => {
      const record = saved.get(course.id);
      return record !== undefined && record.version !== course.version;
    })
    .map((course) => saveItem(data, course));
}
