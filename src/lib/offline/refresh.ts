import type { OfflineData } from './offline-data';
import { outdated, type SaveEnv, saveCourse, savedCourses } from './save';

/**
 * Saves again every saved course whose files changed in the deployed site (run by the service
 * worker when a new version takes over). Each new version replaces the old one only when it is
 * whole (save.ts); a failure leaves the old copy as it was, for the next update to try again.
 */
export async function refreshSaved(scope: string, dataUrl: string, env: SaveEnv): Promise<string[]> {
  const saved = await savedCourses(scope, env.caches);
  if (saved.size === 0) return [];
  let data: OfflineData;
  try {
    data = (await (await env.fetch(dataUrl, { cache: 'no-cache' })).json()) as OfflineData;
  } catch {
    return [];
  }
  const refreshed: string[] = [];
  for (const course of outdated(saved, data)) {
    try {
      await saveCourse(course, scope, env);
      refreshed.push(course.id);
    } catch {
      // Kept as it was.
    }
  }
  return refreshed;
}
