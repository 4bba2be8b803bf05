import type { SafeStorage } from '../storage/safe-storage';
import { type DocProblem, isStoredTime, loadVersionedDoc } from '../storage/versioned-doc';
import { LESSON_CODE } from '../urls/routes';

/**
 * The learner's progress, kept on their own device (no account, no server): per lesson code,
 * when it was first read and when its quiz was first passed; and the name the learner typed for
 * a completion page. Versioned, so a later site can migrate it.
 */
export const PROGRESS_KEY = 'kns.progress';
export const PROGRESS_VERSION = 1;

export interface LessonProgress {
  /** First opened (ISO time). */
  read?: string;
  /** First passed its quiz with every answer right (ISO time). */
  done?: string;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
  /** Name for completion pages; stays on this device. */
  learnerName: string;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessons: {}, learnerName: '' });

/** Accepts a stored document of any known version; undefined when it is not ours. */
export function migrateProgress(data: unknown): Progress | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const doc = data as Record<string, unknown>;
  if (doc.version !== 1 || !doc.lessons || typeof doc.lessons !== 'object' || Array.isArray(doc.lessons)) return undefined;
  const lessons: Record<string, LessonProgress> = {};
  for (const [code, entry] of Object.entries(doc.lessons as Record<string, unknown>)) {
    if (!LESSON_CODE.test(code) || !entry || typeof entry !== 'object') return undefined;
    const { read, done } = entry as Record<string, unknown>;
    lessons[code] = { ...(isStoredTime(read) ? { read } : {}), ...(isStoredTime(done) ? { done } : {}) };
  }
  return {
    version: PROGRESS_VERSION,
    lessons,
    learnerName: typeof doc.learnerName === 'string' ? doc.learnerName.slice(0, 80) : '',
  };
}

export function markRead(progress: Progress, code: string, now: string): Progress {
  const lesson = progress.lessons[code] ?? {};
  if (lesson.read) return progress;
  return { ...progress, lessons: { ...progress.lessons, [code]: { ...lesson, read: now } } };
}

export function markDone(progress: Progress, code: string, now: string): Progress {
  const lesson = progress.lessons[code] ?? {};
  if (lesson.done) return progress;
  return { ...progress, lessons: { ...progress.lessons, [code]: { read: lesson.read ?? now, done: now } } };
}

export interface CourseStatus {
  total: number;
  read: number;
  done: number;
  complete: boolean;
}

export function courseStatus(progress: Progress, codes: readonly string[]): CourseStatus {
  const done = codes.filter((code) => progress.lessons[code]?.done).length;
  const read = codes.filter((code) => progress.lessons[code]?.read).length;
  return { total: codes.length, read, done, complete: codes.length > 0 && done === codes.length };
}

/** Reads progress; never throws. A problem only means progress is not kept this time. */
export function loadProgress(storage: SafeStorage): { progress: Progress; problem?: DocProblem } {
  const { value, problem } = loadVersionedDoc(storage, PROGRESS_KEY, PROGRESS_VERSION, migrateProgress);
  return { progress: value ?? emptyProgress(), ...(problem ? { problem } : {}) };
}

export function saveProgress(storage: SafeStorage, progress: Progress): boolean {
  return storage.set(PROGRESS_KEY, JSON.stringify(progress));
}
