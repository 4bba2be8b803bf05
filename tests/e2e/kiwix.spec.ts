import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { ZIM_FILE, ZIM_SITE } from '../../src/lib/zim/zim-metadata';
import { builtPages, pageFile, stubVoice, waitUntilServing, watchErrors, watchViolations } from './helpers';

// The Kiwix copy (`npm run zim`, built by `npm run build:e2e`) served by Debian's kiwix-serve
// (kiwix-tools) on 127.0.0.1, twice: at the server's root with its own bar on top of each page
// (how a trainer starts it without options), and under a deeper URL root with the bar turned off
// (`--nosearchbar`, as the guide advises). kiwix-serve puts the file's pages under
// `<root>/ky-nang-so/` and does not turn a folder into its index page: links must be relative
// and name their file. Everything is reached by clicking, as a reader would.

const KIWIX_SERVE = ['/usr/bin/kiwix-serve', '/usr/local/bin/kiwix-serve'].find((path) => existsSync(path));
const BOOK = 'ky-nang-so';

const SERVERS = [
  { name: 'root, Kiwix bar on', port: 4332, root: '/', options: [] as string[] },
  { name: 'under /thu-vien/hoc/, bar off', port: 4333, root: '/thu-vien/hoc/', options: ['--nosearchbar'] },
];

/** Every HTML file packed into the ZIM file, as paths inside it (`tt/tt1/index.html`). */
const packedPages = () => builtPages(ZIM_SITE).map(pageFile);

/** Root-relative links of a page are what breaks under Kiwix: there must be none. */
const rootRelative = (html: string) =>
  [
    ...html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').matchAll(/\s(?:href|src|action|data-[\w-]+)="(\/(?!\/)[^"]*)"/g),
  ].map((m) => m[1]);

test('the ZIM file is built, and no page of it links from the server root', () => {
  expect(existsSync(ZIM_FILE), `${ZIM_FILE} (npm run zim)`).toBe(true);
  expect(statSync(ZIM_FILE).size).toBeGreaterThan(200_000);
  const pages = packedPages();
  expect(pages.length).toBeGreaterThan(150);
  for (const file of pages) expect(rootRelative(readFileSync(join(ZIM_SITE, file), 'utf8')), file).toEqual([]);
  // Only what a web server uses is left out: no service worker, no headers files.
  for (const name of ['sw.js', '_headers', '.htaccess', '404.html']) expect(existsSync(join(ZIM_SITE, name)), name).toBe(false);
});

for (const server of SERVERS) {
  test.describe(`kiwix-serve, ${server.name}`, () => {
    test.describe.configure({ mode: 'serial' });
    const origin = `http://127.0.0.1:${server.port}`;
    const book = `${origin}${server.root}${BOOK}/`;
    // The bar's refused handlers are also logged as errors; which script caused them is known
    // from the violations (ownViolations), so they are not counted again here.
    const ownErrors = (errors: string[]) =>
      server.options.includes('--nosearchbar')
        ? errors
        : errors.filter((e) => !e.startsWith('Executing inline event handler violates'));
    let kiwix: ChildProcess | undefined;
    let log = '';

    test.beforeAll(async () => {
      expect(KIWIX_SERVE, 'kiwix-serve is installed (.ci/run installs Debian’s kiwix-tools)').toBeTruthy();
      const args = [
        '--address',
        '127.0.0.1',
        '--port',
        String(server.port),
        '--urlRootLocation',
        server.root,
        ...server.options,
        ZIM_FILE,
      ];
      kiwix = spawn(KIWIX_SERVE ?? 'kiwix-serve', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      kiwix.stdout?.on('data', (chunk) => (log += chunk));
      kiwix.stderr?.on('data', (chunk) => (log += chunk));
      await waitUntilServing(`${book}index.html`, 'kiwix-serve', '/dev/null').catch((error: Error) => {
        throw new Error(`${error.message}\n${log}`);
      });
    });

    test.afterAll(() => {
      kiwix?.kill();
    });

    test('every link and file of every page is found in the ZIM file', async () => {
      test.setTimeout(120_000);
      const checked = new Map<string, number>();
      for (const file of packedPages()) {
        const url = `${book}${file}`;
        const response = await fetch(url);
        expect(response.status, url).toBe(200);
        const html = await response.text();
        const links = [
          ...html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').matchAll(/\s(?:href|src)="([^"#?:]+)(?:[#?][^"]*)?"/g),
        ]
          .map((m) => m[1] ?? '')
          .filter((link) => /^\.{0,2}\/?[\w.-]/.test(link) && !link.includes('{'));
        for (const link of links) {
          // A short link is a redirect in the ZIM file: its page's links are read from where it lands.
          const target = new URL(link, response.url);
          // Only what the file holds; Kiwix's own bar and library are not ours to check.
          if (!target.href.startsWith(book) || checked.has(target.href)) continue;
          // A folder the scripts complete (Pagefind's bundle, the site's base) is not a page.
          if (target.pathname.endsWith('/pagefind/') || target.href === book) continue;
          checked.set(target.href, (await fetch(target, { method: 'HEAD' })).status);
        }
      }
      const broken = [...checked].filter(([, status]) => status !== 200);
      expect(broken).toEqual([]);
      expect(checked.size).toBeGreaterThan(150);
    });

    test('a reader goes from the home page to a lesson, its quiz, text size and read-aloud', async ({ page }) => {
      const errors = watchErrors(page);
      const violations = await watchViolations(page);
      await stubVoice(page);
      // The book's address without a file: Kiwix opens its main page.
      await page.goto(book);
      await expect(page).toHaveURL(`${book}index.html`);
      await expect(page.locator('h1')).toHaveText('Kỹ năng số cho mọi nhà');
      await page.locator('a.kns-course-card[href="tt/index.html"]').click();
      await expect(page).toHaveURL(`${book}tt/index.html`);
      await page.locator('.kns-lesson-item a[href="quet-ma-vietqr/index.html"]').first().click();
      await expect(page).toHaveURL(`${book}tt/quet-ma-vietqr/index.html`);
      await expect(page.locator('h1')).toHaveText('Quét mã VietQR để chuyển tiền');

      // Text size, kept on the next page.
      await page.getByRole('group', { name: 'Cỡ chữ' }).getByRole('button', { name: 'Lớn', exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('data-kns-text', 'large');

      await page.getByRole('button', { name: 'Nghe bài' }).click();
      await expect(page.locator('.kns-read-aloud__status')).toContainText('Đang đọc bài');
      await page.getByRole('button', { name: 'Dừng đọc' }).click();

      // The quiz, answered right; the lesson is then marked done in the course's list.
      const quiz = page.locator('kns-quiz');
      for (const question of await quiz.locator('.kns-quiz__question').all()) {
        const correct = ((await question.getAttribute('data-correct')) ?? '').split(',').map(Number);
        for (const index of correct) await question.locator('input').nth(index).check();
      }
      await quiz.getByRole('button', { name: /Kiểm tra|Nộp|Xem kết quả/ }).click();
      await expect(quiz.locator('.kns-quiz__result')).toContainText('Bài này đã xong!');
      await page.goto(`${book}tt/index.html`);
      await expect(page.locator('html')).toHaveAttribute('data-kns-text', 'large');
      await expect(page.locator('.kns-lesson-item[data-kns-code="tt3"] .kns-mark--done')).toHaveCount(1);
      expect(await ownViolations(violations)).toEqual([]);
      expect(ownErrors(errors)).toEqual([]);
    });

    test('search finds a lesson, and its result opens it', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`${book}tt/index.html`);
      await page.getByRole('button', { name: 'Tìm bài học' }).click();
      await page.getByRole('searchbox').fill('mã qr');
      const first = page.locator('.kns-search-result__title a, a.kns-search-result__title').first();
      await expect(first).toBeVisible({ timeout: 15_000 });
      await first.click();
      await expect(page).toHaveURL(new RegExp(`^${book.replaceAll('/', '\\/')}[a-z]+\\/[a-z0-9-]+\\/index\\.html`));
      await expect(page.locator('h1')).not.toHaveText('404');
      expect(ownErrors(errors)).toEqual([]);
    });

    test('a handout, a slide deck and a practice screen open from the lesson and work', async ({ page }) => {
      const errors = watchErrors(page);
      const violations = await watchViolations(page);
      const lesson = `${book}tt/quet-ma-vietqr/index.html`;
      const trainerTools = () => page.getByText('Công cụ cho người hướng dẫn').click();
      await page.goto(lesson);
      await trainerTools();
      await page.getByRole('link', { name: 'In tờ hướng dẫn' }).click();
      await expect(page).toHaveURL(`${book}in/tt3/index.html`);
      await expect(page.locator('h1')).toHaveText('Quét mã VietQR để chuyển tiền');
      await expectStyled(page);
      // Kiwix's own bar, when sent, is in the page but not shown (public/kiwix.css): nothing
      // covers the header or the answers, and it is not printed.
      await expect(page.locator('#kiwixtoolbar')).toHaveCount(server.options.includes('--nosearchbar') ? 0 : 1);
      await expect(page.locator('#kiwixtoolbar')).toBeHidden();

      await page.goto(lesson);
      await trainerTools();
      await page.getByRole('link', { name: 'Trình chiếu' }).click();
      await expect(page).toHaveURL(`${book}trinh-chieu/tt3/index.html#1`);
      await expectStyled(page);
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/#2$/);

      await page.goto(lesson);
      await page
        .getByRole('link', { name: /^Tập thử: / })
        .first()
        .click();
      await expect(page).toHaveURL(`${book}tap-thu/quet-ma-vietqr/index.html`);
      await expect(page.locator('[data-progress]')).toHaveText(/^Bước 1\//);
      await page.locator('[data-practice-target]').click();
      await expect(page.locator('[data-progress]')).toHaveText(/^Bước 2\//);
      expect(await ownViolations(violations)).toEqual([]);
      expect(ownErrors(errors)).toEqual([]);
    });

    test('the household tally saves a household', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`${book}so-theo-doi/index.html`);
      await page.getByLabel('Nhãn hộ').fill('Nhà 1');
      await page.locator('input[name="skill"][value="1"]').check();
      await page.getByRole('button', { name: 'Lưu hộ này' }).click();
      await expect(page.locator('[data-form-status]')).toContainText('Đã lưu hộ “Nhà 1”');
      expect(ownErrors(errors)).toEqual([]);
    });
  });
}

/**
 * Violations caused by the site. kiwix-serve's own bar (`/skin/`, when not turned off) runs
 * jQuery, which tries inline handlers that the site's policy refuses: that is the bar's, not ours.
 */
async function ownViolations(read: () => Promise<string[]>): Promise<string[]> {
  return (await read()).filter((violation) => !/@ https?:\/\/[^/]+(\/[\w/-]*)?\/skin\//.test(violation));
}

/** The site's stylesheet applied: a page without it would show its body in the browser's serif. */
async function expectStyled(page: Page): Promise<void> {
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font).not.toMatch(/^"?Times/);
}
