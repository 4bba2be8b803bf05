import { describe, expect, it } from 'vitest';
import { parseCourses } from '../../src/lib/content/courses';

const course = (id: string, order: number, prefix = id) => ({
  id,
  prefix,
  order,
  title: `Khóa ${id}`,
  description: 'Mô tả ngắn của khóa.',
  forWhom: 'Mọi người',
  audience: ['resident'],
});

describe('course catalogue', () => {
  it('sorts courses by order', () => {
    expect(parseCourses([course('tt', 2), course('bd', 1)]).map((c) => c.id)).toEqual(['bd', 'tt']);
  });

  it('refuses a duplicate prefix, naming the course', () => {
    expect(() => parseCourses([course('tt', 1), course('tx', 2, 'tt')])).toThrow(/\[2\]\.prefix: "tt" đã dùng cho khóa thứ 1/);
  });

  it('refuses a prefix that is not two letters', () => {
    expect(() => parseCourses([course('tt', 1, 'ttt')])).toThrow(/\[1\]\.prefix: đúng 2 chữ cái/);
  });

  it('refuses a skill number outside 1–5', () => {
    expect(() => parseCourses([{ ...course('tt', 1), skill: 6 }])).toThrow(/\[1\]\.skill/);
  });
});
