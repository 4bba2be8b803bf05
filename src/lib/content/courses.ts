import { CatalogueSchema, type Course } from './course-schema';
import { readYamlFile, validateContent } from './yaml-file';

export const COURSES_FILE = 'content/courses.yaml';

/** Validates the catalogue data and returns it sorted by `order`; throws one readable error. */
export function parseCourses(raw: unknown, file = COURSES_FILE): Course[] {
  return [...validateContent(file, raw, CatalogueSchema)].sort((a, b) => a.order - b.order);
}

let cached: Course[] | undefined;

/** The seven courses, read once from `content/courses.yaml` at the project root. */
export function getCourses(): Course[] {
  if (cached) return cached;
  cached = parseCourses(readYamlFile(COURSES_FILE));
  return cached;
}

/** The course with this id; throws when there is none, which is a bug in the caller. */
export function getCourse(id: string): Course {
  const course = getCourses().find((c) => c.id === id);
  if (!course) throw new Error(`Unknown course "${id}"`);
  return course;
}
