import { describe, expect, it } from 'vitest';
import {
  completionPath,
  courseHandoutsPath,
  coursePath,
  courseUrls,
  handoutPath,
  homePath,
  isShortPath,
  LESSON_CODE,
  lessonPath,
  offlineDataPath,
  offlinePagePath,
  posterPath,
  practiceIndexPath,
  practicePath,
  practicePicturePath,
  progressPath,
  savedCoursesPath,
  searchBundlePath,
  serviceWorkerPath,
  sessionPlanPath,
  shortPath,
  slidesPath,
  tallyPath,
  visitChecklistPath,
  webManifestPath,
} from '../../src/lib/urls/routes';

// The public paths of the site: printed QR codes and handouts point at them for years. A change
// here is a change of a promise: make it on purpose, and keep the old paths working.
const contract = (base: string) => ({
  home: homePath(base),
  course: coursePath(base, 'tt'),
  lesson: lessonPath(base, 'tt/quet-ma-vietqr'),
  shortLink: shortPath(base, 'tt3'),
  handout: handoutPath(base, 'tt3'),
  courseHandouts: courseHandoutsPath(base, 'tt'),
  poster: posterPath(base),
  visitChecklist: visitChecklistPath(base),
  slides: slidesPath(base, 'tt3'),
  sessionPlan: sessionPlanPath(base, 'tt'),
  progress: progressPath(base),
  completion: completionPath(base, 'tt'),
  tally: tallyPath(base),
  searchBundle: searchBundlePath(base),
  savedCourses: savedCoursesPath(base),
  offlinePage: offlinePagePath(base),
  webManifest: webManifestPath(base),
  serviceWorker: serviceWorkerPath(base),
  offlineData: offlineDataPath(base),
  practiceIndex: practiceIndexPath(base),
  practice: practicePath(base, 'chuyen-tien'),
  practicePicture: practicePicturePath(base, 'chuyen-tien', 3),
});

describe('the public paths of the site', () => {
  it('are these, at the root', () => {
    expect(contract('/')).toEqual({
      home: '/',
      course: '/tt/',
      lesson: '/tt/quet-ma-vietqr/',
      shortLink: '/tt3/',
      handout: '/in/tt3/',
      courseHandouts: '/in/tt/',
      poster: '/in/ma-qr/',
      visitChecklist: '/in/phieu-tham-ho/',
      slides: '/trinh-chieu/tt3/',
      sessionPlan: '/trinh-chieu/tt/',
      progress: '/tien-do/',
      completion: '/tien-do/hoan-thanh/tt/',
      tally: '/so-theo-doi/',
      searchBundle: '/pagefind/',
      savedCourses: '/hoc-khong-can-mang/',
      offlinePage: '/khong-co-mang/',
      webManifest: '/manifest.webmanifest',
      serviceWorker: '/sw.js',
      offlineData: '/offline.json',
      practiceIndex: '/tap-thu/',
      practice: '/tap-thu/chuyen-tien/',
      practicePicture: '/tap-thu/chuyen-tien/buoc-3.svg',
    });
  });

  it('are the same under a base path, written with or without its slashes', () => {
    for (const base of ['/ky-nang-so/', '/ky-nang-so']) {
      for (const [name, path] of Object.entries(contract(base)))
        expect(path, name).toBe(`/ky-nang-so${(contract('/') as Record<string, string>)[name]}`);
    }
  });

  it('know a lesson code and a short link when they see one', () => {
    expect(['tt3', 'ns50', 'bd1', 'at999'].every((code) => LESSON_CODE.test(code))).toBe(true);
    expect(['tt0', 'TT3', 't3', 'tt', 'tt-3', 'tt1000'].some((code) => LESSON_CODE.test(code))).toBe(false);
    expect(isShortPath('/', '/tt3/')).toBe(true);
    expect(isShortPath('/ky-nang-so/', '/ky-nang-so/tt3/')).toBe(true);
    expect(isShortPath('/', '/tt/')).toBe(false);
    expect(isShortPath('/', '/tt/quet-ma-vietqr/')).toBe(false);
  });

  it('list every page of a course, for saving it to use offline', () => {
    const urls = courseUrls('/', { id: 'tt', lessons: [{ id: 'tt/quet-ma-vietqr', code: 'tt3' }] });
    expect(urls).toEqual([
      '/tt/',
      '/trinh-chieu/tt/',
      '/in/tt/',
      '/tien-do/hoan-thanh/tt/',
      '/tt/quet-ma-vietqr/',
      '/tt3/',
      '/in/tt3/',
      '/trinh-chieu/tt3/',
    ]);
  });

  it('carry a course’s practice flows and their pictures when it has some', () => {
    const urls = courseUrls('/', { id: 'tt', lessons: [], flows: [{ id: 'chuyen-tien', steps: 2 }] });
    expect(urls.slice(-4)).toEqual([
      '/tap-thu/',
      '/tap-thu/chuyen-tien/',
      '/tap-thu/chuyen-tien/buoc-1.svg',
      '/tap-thu/chuyen-tien/buoc-2.svg',
    ]);
  });
});
