import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { courseCacheName, otherVersions, outdatedCaches, parseCourseCache, savedMarkerUrl } from '../../src/lib/offline/names';
import { offlineData, sourceVersion } from '../../src/lib/offline/offline-data';
import { outdated, removeCourse, SaveError, type SaveItem, saveCourse, savedCourses } from '../../src/lib/offline/save';
import { formatBytes } from '../../src/lib/offline/size';
import { webManifest } from '../../src/lib/offline/web-manifest';

/** Just enough of the browser's CacheStorage, in memory; `failOn` makes a put fail like a full disk. */
function fakeCaches(failOn?: string) {
  const store = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const entries = store.get(name) ?? new Map<string, Response>();
    store.set(name, entries);
    return {
      put: async (url: string, response: Response) => {
        if (failOn && url.includes(failOn)) throw new DOMException('full', 'QuotaExceededError');
        entries.set(url, response);
      },
      match: async (url: string) => entries.get(url)?.clone(),
    } as unknown as Cache;
  };
  const caches = {
    open,
    keys: async () => [...store.keys()],
    delete: async (name: string) => store.delete(name),
  } as unknown as CacheStorage;
  return { caches, store };
}

const scope = 'https://example.vn/ky-nang-so/';
const course = (version: string): SaveItem => ({
  id: 'tt',
  version,
  bytes: 300,
  files: [
    { url: '/ky-nang-so/tt/', bytes: 100 },
    { url: '/ky-nang-so/in/tt3/', bytes: 100 },
    { url: '/ky-nang-so/_astro/a.js', bytes: 100 },
  ],
});
const okFetch = (async () => new Response('x')) as unknown as typeof fetch;

describe('cache names', () => {
  it('name a course’s cache by its version, and read it back', () => {
    expect(courseCacheName('tt', '8a1b3b278fb4')).toBe('kns-course-tt-8a1b3b278fb4');
    expect(parseCourseCache('kns-course-tt-8a1b3b278fb4')).toEqual({ courseId: 'tt', version: '8a1b3b278fb4' });
    expect(parseCourseCache('kns-pages-v1')).toBeUndefined();
  });

  it('delete an older scheme’s caches, never a saved course or another site’s cache', () => {
    expect(outdatedCaches(['kns-pages-v0', 'kns-pages-v1', 'kns-assets-v1', 'kns-course-tt-8a1b3b278fb4', 'other'])).toEqual([
      'kns-pages-v0',
    ]);
    expect(
      otherVersions(
        ['kns-course-tt-aaaaaaaa', 'kns-course-tt-bbbbbbbb', 'kns-course-at-aaaaaaaa'],
        'tt',
        'kns-course-tt-bbbbbbbb',
      ),
    ).toEqual(['kns-course-tt-aaaaaaaa']);
  });
});

describe('a download size, as a Vietnamese reader writes it', () => {
  it('has a decimal comma and one decimal below 10', () => {
    expect(formatBytes(2_100_000)).toBe('2,1 MB');
    expect(formatBytes(850_000)).toBe('850 KB');
    expect(formatBytes(12_400_000)).toBe('12 MB');
    expect(formatBytes(400)).toBe('1 KB');
    expect(formatBytes(1_500_000_000)).toBe('1,5 GB');
  });
});

describe('saving a course', () => {
  it('keeps every file and the record that it is whole, and reports progress to the end', async () => {
    const { caches, store } = fakeCaches();
    const seen: number[] = [];
    const record = await saveCourse(
      course('aaaaaaaa'),
      scope,
      { caches, fetch: okFetch },
      (p) => seen.push(p.done),
      () => new Date('2026-12-03T23:00:00Z'),
    );
    expect(record).toEqual({ courseId: 'tt', version: 'aaaaaaaa', savedAt: '2026-12-03T23:00:00.000Z', bytes: 300 });
    const keys = [...(store.get('kns-course-tt-aaaaaaaa')?.keys() ?? [])];
    expect([...keys].sort()).toEqual([...course('aaaaaaaa').files.map((f) => f.url), savedMarkerUrl(scope, 'tt')].sort());
    // The record goes in last: a cache without it is not a saved course.
    expect(keys.at(-1)).toBe(savedMarkerUrl(scope, 'tt'));
    expect(seen.at(-1)).toBe(3);
    expect((await savedCourses(scope, caches)).get('tt')).toEqual(record);
  });

  it('keeps nothing when one file cannot be downloaded, after trying it three times', async () => {
    const { caches, store } = fakeCaches();
    let tries = 0;
    const flaky = (async (url: string) => {
      if (String(url).includes('/in/')) {
        tries++;
        throw new TypeError('network');
      }
      return new Response('x');
    }) as unknown as typeof fetch;
    await expect(saveCourse(course('aaaaaaaa'), scope, { caches, fetch: flaky })).rejects.toMatchObject({
      kind: 'failed',
      part: '/ky-nang-so/in/tt3/',
    });
    expect(tries).toBe(3);
    expect([...store.keys()]).toEqual([]);
  });

  it('says the phone is full, before downloading when the browser says so, and deletes a half-written copy', async () => {
    const { caches } = fakeCaches();
    await expect(saveCourse(course('aaaaaaaa'), scope, { caches, fetch: okFetch, room: async () => 100 })).rejects.toEqual(
      new SaveError('full'),
    );
    const full = fakeCaches('/in/');
    await expect(saveCourse(course('aaaaaaaa'), scope, { caches: full.caches, fetch: okFetch })).rejects.toMatchObject({
      kind: 'full',
    });
    expect([...full.store.keys()]).toEqual([]);
    // A private window that refuses storage altogether says the same, and keeps nothing either.
    const refusing = { ...full.caches, open: () => Promise.reject(new DOMException('denied', 'SecurityError')) } as CacheStorage;
    await expect(saveCourse(course('aaaaaaaa'), scope, { caches: refusing, fetch: okFetch })).rejects.toMatchObject({
      kind: 'full',
    });
  });

  it('replaces an older version only once the new one is whole, and a failed refresh keeps the old', async () => {
    const { caches, store } = fakeCaches();
    await saveCourse(course('aaaaaaaa'), scope, { caches, fetch: okFetch });
    const failing = (async () => new Response('', { status: 503 })) as unknown as typeof fetch;
    await expect(saveCourse(course('bbbbbbbb'), scope, { caches, fetch: failing })).rejects.toBeInstanceOf(SaveError);
    expect([...store.keys()]).toEqual(['kns-course-tt-aaaaaaaa']);
    await saveCourse(course('bbbbbbbb'), scope, { caches, fetch: okFetch });
    expect([...store.keys()]).toEqual(['kns-course-tt-bbbbbbbb']);
    const { files, ...rest } = course('cccccccc');
    const data = { build: 'x', shared: [], courses: [{ ...rest, title: 'Thanh toán trực tuyến', pages: files }] };
    expect(outdated(await savedCourses(scope, caches), data).map((c) => c.version)).toEqual(['cccccccc']);
    await removeCourse('tt', caches);
    expect(await savedCourses(scope, caches)).toEqual(new Map());
  });
});

describe('the list of what each course saves (offline.json)', () => {
  const dist = mkdtempSync(join(tmpdir(), 'kns-offline-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path: string, content: string) => {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), content);
  };
  const outline = [{ id: 'tt', title: 'Thanh toán', lessons: [{ id: 'tt/quet', code: 'tt3' }] }];
  const pages = ['tt/', 'trinh-chieu/tt/', 'in/tt/', 'tien-do/hoan-thanh/tt/', 'tt/quet/', 'tt3/', 'in/tt3/', 'trinh-chieu/tt3/'];
  for (const page of pages) write(`${page}index.html`, `<p>${page}</p>`);
  for (const file of [
    '_astro/a.js',
    'pagefind/pagefind.js',
    'pagefind/index/x.pf_index',
    'icons/icon-192.png',
    'favicon.svg',
    'manifest.webmanifest',
  ])
    write(file, 'x'.repeat(10));

  it('lists every page of the course from the route table, and what makes them work, with sizes', () => {
    const data = offlineData(dist, '/', 'b1', outline);
    const tt = data.courses[0];
    const files = [...(tt?.pages ?? []), ...data.shared];
    expect(files.map((f) => f.url)).toEqual([
      '/tt/',
      '/trinh-chieu/tt/',
      '/in/tt/',
      '/tien-do/hoan-thanh/tt/',
      '/tt/quet/',
      '/tt3/',
      '/in/tt3/',
      '/trinh-chieu/tt3/',
      '/_astro/a.js',
      '/pagefind/index/x.pf_index',
      '/pagefind/pagefind.js',
      '/icons/icon-192.png',
      '/favicon.svg',
      '/manifest.webmanifest',
    ]);
    expect(tt?.bytes).toBe(files.reduce((sum, f) => sum + f.bytes, 0));
  });

  it('changes a course’s version when one of its files changes, and stops on a missing page', () => {
    const before = offlineData(dist, '/', 'b1', outline).courses[0]?.version;
    write('in/tt3/index.html', '<p>đã sửa</p>');
    expect(offlineData(dist, '/', 'b1', outline).courses[0]?.version).not.toBe(before);
    rmSync(join(dist, 'trinh-chieu/tt3'), { recursive: true });
    expect(() => offlineData(dist, '/', 'b1', outline)).toThrow(/tt.*\/trinh-chieu\/tt3\//);
  });
});

describe('the build id', () => {
  it('is the same for the same sources and changes with any file, a folder’s or a single one', () => {
    const root = mkdtempSync(join(tmpdir(), 'kns-src-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/a.ts'), 'a');
    writeFileSync(join(root, 'lock.json'), '1');
    const first = sourceVersion(root, ['src', 'lock.json', 'missing']);
    expect(sourceVersion(root, ['src', 'lock.json', 'missing'])).toBe(first);
    writeFileSync(join(root, 'lock.json'), '2');
    const second = sourceVersion(root, ['src', 'lock.json']);
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'src/a.ts'), 'b');
    expect(sourceVersion(root, ['src', 'lock.json'])).not.toBe(second);
    rmSync(root, { recursive: true, force: true });
  });
});

describe('the web app manifest', () => {
  it('starts and stays inside the base path', () => {
    const manifest = webManifest('/ky-nang-so', { name: 'Kỹ năng số cho mọi nhà', shortName: 'Kỹ năng số', description: '' });
    expect(manifest).toMatchObject({ start_url: '/ky-nang-so/', scope: '/ky-nang-so/', lang: 'vi', display: 'standalone' });
    expect(manifest.icons.map((i) => i.src)).toEqual([
      '/ky-nang-so/icons/icon-192.png',
      '/ky-nang-so/icons/icon-512.png',
      '/ky-nang-so/icons/maskable-512.png',
    ]);
  });
});
