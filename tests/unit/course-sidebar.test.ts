import { describe, expect, it } from 'vitest';
import { catalogueSidebar, coursePagination, courseSidebar } from '../../src/lib/outline/course-sidebar';
import { courseById, courses } from '../fixtures/lesson';

const lessons = [
  { id: 'tt/a', code: 'tt1', title: 'Bài một', order: 1 },
  { id: 'tt/b', code: 'tt2', title: 'Bài hai', order: 2 },
];
const labels = {
  allCourses: 'Tất cả khóa học',
  overview: 'Giới thiệu khóa học',
  progress: 'Tiến độ học của tôi',
  offline: 'Học khi không có mạng',
};

describe('course sidebar', () => {
  it('lists only its own course, in order, marking the current lesson', () => {
    const course = courseById('tt');
    const sidebar = courseSidebar({ base: '/', course, lessons, currentPath: '/tt/b/', labels });
    expect(sidebar[0]).toMatchObject({ type: 'link', href: '/', label: 'Tất cả khóa học' });
    expect(sidebar[1]).toMatchObject({ type: 'link', href: '/tien-do/', label: 'Tiến độ học của tôi' });
    expect(sidebar[2]).toMatchObject({ type: 'link', href: '/hoc-khong-can-mang/', label: 'Học khi không có mạng' });
    const group = sidebar[3];
    expect(group?.type).toBe('group');
    if (group?.type !== 'group') return;
    expect(group.entries.map((e) => e.href)).toEqual(['/tt/', '/tt/a/', '/tt/b/']);
    expect(group.entries.map((e) => e.isCurrent)).toEqual([false, false, true]);
    expect(group.entries[1]?.attrs).toEqual({ 'data-kns-code': 'tt1' });
  });

  it('respects the base path', () => {
    const course = courseById('tt');
    const sidebar = courseSidebar({ base: '/kns/', course, lessons, currentPath: '/kns/tt/', labels });
    expect(sidebar[1]).toMatchObject({ href: '/kns/tien-do/' });
    expect(sidebar[2]).toMatchObject({ href: '/kns/hoc-khong-can-mang/' });
    const group = sidebar[3];
    if (group?.type !== 'group') throw new Error('expected a group');
    expect(group.entries[0]).toMatchObject({ href: '/kns/tt/', isCurrent: true });
  });

  it('lists the courses on pages outside a course', () => {
    const sidebar = catalogueSidebar({
      base: '/',
      courses,
      currentPath: '/',
      labels: { home: 'Trang chủ', progress: 'Tiến độ học của tôi', offline: 'Học khi không có mạng', practice: 'Tập thử' },
    });
    expect(sidebar.map((item) => item.type === 'link' && item.href)).toEqual([
      '/',
      '/tien-do/',
      '/hoc-khong-can-mang/',
      '/tap-thu/',
      '/tt/',
      '/ns/',
    ]);
  });

  it('links previous and next within the course', () => {
    expect(coursePagination(lessons, 'tt/a')).toEqual({ prev: undefined, next: lessons[1] });
    expect(coursePagination(lessons, 'tt/b')).toEqual({ prev: lessons[0], next: undefined });
    expect(coursePagination(lessons, 'zz')).toEqual({ prev: undefined, next: undefined });
  });
});
