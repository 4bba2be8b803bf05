import type { Progress } from './progress';

/** What "Học tiếp" needs to know of a lesson, in course order. */
export interface NextLesson {
  code: string;
  title: string;
  href: string;
}

/** When the learner last did anything in these lessons (ISO time), or undefined if never. */
export function lastActivity(progress: Progress, codes: readonly string[]): string | undefined {
  let latest: string | undefined;
  for (const code of codes) {
    const { read, done } = progress.lessons[code] ?? {};
    for (const time of [read, done]) if (time && (!latest || time > latest)) latest = time;
  }
  return latest;
}

/**
 * Where a started course goes on: its first lesson not yet done (quiz passed). Undefined when the
 * course is not started (no lesson opened) or every lesson is done.
 */
export function continueAt<T extends { code: string }>(progress: Progress, lessons: readonly T[]): T | undefined {
  if (
    !lastActivity(
      progress,
      lessons.map((l) => l.code),
    )
  )
    return undefined;
  return lessons.find((lesson) => !progress.lessons[lesson.code]?.done);
}

/**
 * Where the learner goes on across the site: in the unfinished course they worked in last, its
 * first lesson not yet done.
 */
export function continueAnywhere<T extends { code: string }>(
  progress: Progress,
  courses: readonly (readonly T[])[],
): T | undefined {
  let best: { time: string; lesson: T } | undefined;
  for (const lessons of courses) {
    const time = lastActivity(
      progress,
      lessons.map((l) => l.code),
    );
    const lesson = continueAt(progress, lessons);
    if (time && lesson && (!best || time > best.time)) best = { time, lesson };
  }
  return best?.lesson;
}

/** Courses the learner has started first (most recent first), then the others in their order. */
export function startedFirst<T>(progress: Progress, courses: readonly T[], codesOf: (course: T) => readonly string[]): T[] {
  const times = new Map(courses.map((course) => [course, lastActivity(progress, codesOf(course))]));
  return courses
    .map((course, index) => ({ course, index, time: times.get(course) }))
    .sort((a, b) => (a.time && b.time ? b.time.localeCompare(a.time) : a.time ? -1 : b.time ? 1 : a.index - b.index))
    .map(({ course }) => course);
}
