import type { Course } from '../content/course-schema';
import { SKILLS, type Skill } from './household';

/** The five skills' names, taken from the courses that teach them (`skill: 1`…`5`). */
export function skillNamesFromCourses(courses: readonly Course[]): Record<Skill, string> {
  const names = {} as Record<Skill, string>;
  for (const skill of SKILLS) {
    const course = courses.find((c) => c.skill === skill);
    if (!course) throw new Error(`No course teaches skill ${skill}: set "skill: ${skill}" on one course in content/courses.yaml`);
    names[skill] = course.title;
  }
  return names;
}
