import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const DIST = 'dist';
/** Where `npm run build:e2e` points the two builds (see playwright.config.ts). */
export const SITE = 'http://127.0.0.1:4322';
export const BASE_DIST = 'dist-base';
export const BASE_PATH = '/ky-nang-so/';
export const BASE_SITE = `http://127.0.0.1:4323${BASE_PATH}`;

/** Whether a built file is a short-link redirect page rather than a page to read. */
export function isRedirectPage(dir: string, path: string): boolean {
  const file = join(dir, path === '/' ? 'index.html' : `${path}index.html`);
  try {
    return readFileSync(file, 'utf8').includes('http-equiv="refresh"');
  } catch {
    return false;
  }
}

/** Every HTML file of the built site as a site path (`/tt/quet-ma-vietqr/`), 404 page included. */
export function builtPages(dir = DIST): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, path).split(sep).join('/');
        pages.push(rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '')}`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** The built file of a site path from builtPages(): `/` → `index.html`, `/tt/` → `tt/index.html`. */
export function pageFile(path: string): string {
  return path === '/' ? 'index.html' : path.endsWith('/') ? `${path.slice(1)}index.html` : `${path.slice(1)}.html`;
}

/** How many lessons a course has, counted from its folder (templates start with `_`). */
export function courseLessonCount(course: string): number {
  return readdirSync(join('content', course)).filter((name) => /^[a-z].*\.mdx$/.test(name)).length;
}

/** The page fits the screen: nothing makes a phone scroll sideways. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide on a ${clientWidth}px screen`).toBeLessThanOrEqual(clientWidth);
}

/** Collects console errors and uncaught exceptions, which a page must never produce. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Words in the page's table cells that are broken across lines (e.g. "tt1" as "tt" / "1" when a
 * column is squeezed): each word is measured with a Range, which has one box per line it spans.
 */
export function brokenWordsInTables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('td, th')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((box) => Math.round(box.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

/** Opens a page and waits until the service worker controls it, as on a reader's second visit. */
export async function controlled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Saves a course from its page (`url`, relative or absolute) and waits until it is saved. */
export async function saveCourse(page: Page, url: string): Promise<void> {
  await controlled(page, url);
  const save = page.getByRole('button', { name: /^Lưu để học khi không có mạng \(\d+(,\d)? (KB|MB)\)$/ });
  await expect(save).toBeVisible();
  await save.click();
  await expect(page.locator('[data-state]').first()).toHaveText(
    /^Đã lưu trên máy ngày \d+\/\d+\/\d{4} \(\d+(,\d)? (KB|MB)\)\.$/,
    {
      timeout: 30_000,
    },
  );
  await expect(page.getByRole('button', { name: 'Xóa bản đã lưu' })).toBeVisible();
}

/**
 * Waits until a server the test started answers `url`; otherwise fails with its error log, so a
 * server that did not start says why.
 */
export async function waitUntilServing(url: string, name: string, errorLog: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${name} did not start: ${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '(no log)'}`);
}

/**
 * Records every Content-Security-Policy violation of the page, with the script that caused it;
 * the returned function reads them.
 */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { violations: string[] }).violations = found;
    document.addEventListener('securitypolicyviolation', (e) =>
      found.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample} @ ${e.sourceFile}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations ?? []);
}

/** Headless Chromium has no voice: a stand-in that accepts what it is asked to say. */
export async function stubVoice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const synth = {
      getVoices: () => [{ name: 'Tiếng Việt', lang: 'vi-VN', localService: true }],
      speak() {},
      cancel() {},
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    (window as unknown as Record<string, unknown>).SpeechSynthesisUtterance = class {
      constructor(public text: string) {}
    };
  });
}
