import { describe, expect, it } from 'vitest';
import { checkLessons } from '../../src/lib/content/check-lessons';

const lesson = (file: string, code: string, order: number, course = 'tt') => ({ file, code, order, course });

describe('checks across lessons', () => {
  it('passes distinct codes and orders', () => {
    expect(checkLessons([lesson('content/tt/a.mdx', 'tt1', 1), lesson('content/tt/b.mdx', 'tt2', 2)])).toEqual([]);
  });

  it('names both files when a code is used twice', () => {
    const problems = checkLessons([lesson('content/tt/a.mdx', 'tt1', 1), lesson('content/tt/b.mdx', 'tt1', 2)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/tt\/b\.mdx: trường "code": mã "tt1" đã dùng ở content\/tt\/a\.mdx/);
  });

  it('refuses a lesson outside its course folder', () => {
    const problems = checkLessons([lesson('content/dv/a.mdx', 'tt1', 1)]);
    expect(problems[0]).toMatch(/content\/dv\/a\.mdx: trường "course" là "tt" nhưng tệp nằm trong thư mục "dv"/);
  });

  it('refuses two lessons at the same position in a course', () => {
    const problems = checkLessons([lesson('content/tt/a.mdx', 'tt1', 1), lesson('content/tt/b.mdx', 'tt2', 1)]);
    expect(problems[0]).toMatch(/content\/tt\/b\.mdx: trường "order": vị trí 1 trong khóa tt đã dùng ở content\/tt\/a\.mdx/);
  });

  it('allows the same position in different courses', () => {
    expect(checkLessons([lesson('content/tt/a.mdx', 'tt1', 1), lesson('content/ns/a.mdx', 'ns1', 1, 'ns')])).toEqual([]);
  });
});
