import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { CatalogueSchema, type Course } from './course-schema';
import { contentErrorMap, formatIssues } from './format-issues';

export const COURSES_FILE = 'content/courses.yaml';

/** Validates the catalogue data and returns it sorted by `order`; throws one readable error. */
export function parseCourses(raw: unknown, file = COURSES_FILE): Course[] {
  const result = CatalogueSchema.safeParse(raw, { error: contentErrorMap });
  if (!result.success) throw new Error(formatIssues(file, result.error.issues));
  return [...result.data].sort((a, b) => a.order - b.order);
}

let cached: Course[] | undefined;

/** The seven courses, read once from `content/courses.yaml` at the project root. */
export function getCourses(): Course[] {
  if (cached) return cached;
  const text = readFileSync(resolve(process.cwd(), COURSES_FILE), 'utf8');
  cached = parseCourses(yaml.load(text));
  return cached;
}

/** The course with this id; throws when there is none, which is a bug in the caller. */
export function getCourse(id: string): Course {
  const course = getCourses().find((c) => c.id === id);
  if (!course) throw new Error(`Unknown course "${id}"`);
  return course;
}
