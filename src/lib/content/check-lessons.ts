/** What the cross-file check needs to know of each lesson. */
export interface LessonRef {
  /** Path from the project root, e.g. `content/tt/quet-ma-vietqr.mdx`. */
  file: string;
  code: string;
  course: string;
  order: number;
}

/**
 * Checks that only make sense across files: every code used once (a printed QR code must lead to
 * one lesson forever), every lesson in its course's folder, one lesson per position in a course.
 * Returns one readable line per problem; an empty list means all is well.
 */
export function checkLessons(lessons: readonly LessonRef[]): string[] {
  const problems: string[] = [];
  const byCode = new Map<string, LessonRef>();
  const byOrder = new Map<string, LessonRef>();
  for (const lesson of [...lessons].sort((a, b) => a.file.localeCompare(b.file))) {
    const folder = lesson.file.split('/').at(-2);
    if (folder !== lesson.course) {
      problems.push(
        `${lesson.file}: trường "course" là "${lesson.course}" nhưng tệp nằm trong thư mục "${folder}"; chuyển tệp sang content/${lesson.course}/ hoặc sửa "course" (course does not match the folder)`,
      );
    }
    const sameCode = byCode.get(lesson.code);
    if (sameCode) {
      problems.push(
        `${lesson.file}: trường "code": mã "${lesson.code}" đã dùng ở ${sameCode.file}; mỗi bài cần một mã riêng, không dùng lại (duplicate code)`,
      );
    } else byCode.set(lesson.code, lesson);
    const orderKey = `${lesson.course}/${lesson.order}`;
    const sameOrder = byOrder.get(orderKey);
    if (sameOrder) {
      problems.push(
        `${lesson.file}: trường "order": vị trí ${lesson.order} trong khóa ${lesson.course} đã dùng ở ${sameOrder.file} (duplicate order in the course)`,
      );
    } else byOrder.set(orderKey, lesson);
  }
  return problems;
}
