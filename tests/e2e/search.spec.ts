import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { foldVietnamese } from '../../src/lib/search/fold';
import { BASE_SITE, builtPages, DIST, isRedirectPage, watchErrors } from './helpers';
import { RESIDENT_QUESTIONS, SEARCH_CASES } from './search-queries';

/** Lesson paths to codes, read from the short-link pages (`/tt3/` → `/tt/quet-ma-vietqr/`). */
const lessons = new Map(
  builtPages()
    .filter((path) => isRedirectPage(DIST, path))
    .map((path) => {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      const target = html.match(/<meta http-equiv="refresh" content="0; url=([^"]+)">/)?.[1] ?? '';
      const title = html.match(/<title>([^<]+)<\/title>/)?.[1] ?? '';
      return [target, { code: path.replaceAll('/', ''), title }] as const;
    }),
);
const codeOf = (href: string | null) => lessons.get(href ?? '')?.code ?? href ?? '';

const LABEL = 'Gõ điều bạn muốn tìm. Có dấu hay không dấu đều được.';
const LESSON = '/tt/quet-ma-vietqr/';

/** What a host sends: gzip where it helps (Pagefind's index files are gzip already). */
const transferred = (body: Buffer) => Math.min(body.length, gzipSync(body).length);

async function openSearch(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Tìm bài học' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tìm bài học' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Types a query into the open dialog and returns the result links once they are shown. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.getByLabel(LABEL).fill(query);
  // The count is announced after the results are on screen, naming the query as typed.
  await expect(page.locator('.kns-search-status')).toContainText(`“${query.trim()}”`);
  return page.locator('.kns-search-result__title').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

const top3 = async (page: Page, query: string) => (await search(page, query)).slice(0, 3).map(codeOf);

test.describe('the search dialog', () => {
  test('speaks Vietnamese, counts the results and shows each one’s course', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(LESSON);
    const dialog = await openSearch(page);
    await expect(dialog.getByRole('heading', { name: 'Tìm bài học' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Đóng' })).toBeVisible();
    await expect(dialog.getByLabel('Tìm trong khóa')).toHaveValue('');
    await expect(dialog.getByLabel('Tìm trong khóa').locator('option').first()).toHaveText('Tất cả các khóa');
    await expect(page.getByLabel(LABEL)).toBeFocused();

    await search(page, 'VietQR');
    await expect(dialog.locator('.kns-search-status')).toHaveText(/^Tìm thấy \d+ kết quả cho “VietQR”\.$/);
    const first = dialog.locator('.kns-search-results > li').first();
    await expect(first.getByRole('link')).toHaveText('Quét mã VietQR để chuyển tiền');
    await expect(first).toContainText('Khóa: Thanh toán trực tuyến');
    await expect(first.locator('mark').first()).toHaveText(/vietqr/i);

    await search(page, 'xyzxyz');
    await expect(dialog.locator('.kns-search-status')).toContainText('Không tìm thấy bài nào cho “xyzxyz”');
    await expect(dialog.locator('.kns-search-results > li')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('finds only lesson and course pages, and links to them under a base path too', async ({ page }) => {
    await page.goto(`${BASE_SITE}tt/`);
    await openSearch(page);
    await search(page, 'điện thoại');
    const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
    const items = page.locator('.kns-search-results > li');
    while (await more.isVisible()) {
      const count = await items.count();
      await more.click();
      // The button hides itself in the same step that adds the last results.
      await expect(items).not.toHaveCount(count);
    }
    const hrefs = await page
      .locator('.kns-search-result__title')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) expect(href).toMatch(/^\/ky-nang-so\/(bd|dv|ms|tt|at|ns|tv)\/([a-z0-9-]+\/)?$/);
    await page.locator('.kns-search-result__title').first().click();
    await expect(page).toHaveURL(new RegExp(`^${BASE_SITE}(bd|dv|ms|tt|at|ns|tv)/`));
  });

  test('shows three results at a time, and “more” moves the focus to the next ones', async ({ page }) => {
    await page.goto(LESSON);
    await openSearch(page);
    await search(page, 'điện thoại');
    const items = page.locator('.kns-search-results > li');
    await expect(items).toHaveCount(3);
    await page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
    await expect(items).toHaveCount(6);
    await expect(items.nth(3).getByRole('link')).toBeFocused();
  });

  test('has a “Tìm” button that searches at once, as Enter does (a form one can send: WCAG H32)', async ({ page }) => {
    await page.goto(LESSON);
    const dialog = await openSearch(page);
    // Typed without a pause the dialog would wait for, then the button pressed.
    await page.getByLabel(LABEL).pressSequentially('vneid', { delay: 0 });
    const submit = dialog.getByRole('button', { name: 'Tìm', exact: true });
    await expect(submit).toHaveAttribute('type', 'submit');
    await submit.click();
    await expect(page.locator('.kns-search-status')).toContainText('“vneid”');
    expect(await page.locator('.kns-search-result__title').count()).toBeGreaterThan(0);
    // The page stays where it is: the form is sent to the search, not to the server.
    expect(new URL(page.url()).pathname).toBe(LESSON);
  });

  test('filters by course', async ({ page }) => {
    await page.goto(LESSON);
    const dialog = await openSearch(page);
    const all = await search(page, 'lua dao');
    await dialog.getByLabel('Tìm trong khóa').selectOption({ label: 'Dịch vụ công trực tuyến' });
    await expect(dialog.locator('.kns-search-status')).toHaveText(/^Tìm thấy \d+ kết quả cho “lua dao”\.$/);
    const courses = await dialog.locator('.kns-search-result__course').allTextContents();
    expect(courses.length).toBeGreaterThan(0);
    for (const course of courses) expect(course).toBe('Khóa: Dịch vụ công trực tuyến');
    const filtered = await dialog
      .locator('.kns-search-result__title')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of filtered) expect(href).toMatch(/^\/dv\//);
    expect(all.some((href) => href.startsWith('/at/'))).toBe(true);
  });

  test('works by keyboard: Ctrl+K opens, Escape closes, Tab reaches a result, Enter opens it', async ({ page }) => {
    await page.goto(LESSON);
    await page.keyboard.press('Control+k');
    await expect(page.getByLabel(LABEL)).toBeFocused();
    await page.keyboard.type('sinh trac hoc');
    await expect(page.locator('.kns-search-status')).toContainText('“sinh trac hoc”');
    // In a search box the first Escape clears what was typed (the browser's own way); the next
    // closes the dialog and the keyboard goes on from the search button.
    await page.keyboard.press('Escape');
    await expect(page.getByLabel(LABEL)).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Tìm bài học' })).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page.getByLabel(LABEL)).toBeFocused();
    await page.keyboard.type('sinh trac hoc');
    await expect(page.locator('.kns-search-status')).toContainText('“sinh trac hoc”');
    // Input, course filter, the “Tìm” button, then the first result.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator('.kns-search-result__title').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tt\/xac-thuc-sinh-trac-hoc\//);
  });

  test('has no axe violations with results shown, at phone and projector size', async ({ browser }) => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1024, height: 768 },
    ]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(LESSON);
      await openSearch(page);
      await search(page, 'lừa đảo');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(viewport.width);
      await context.close();
    }
  });

  test('says plainly when the search cannot be loaded (offline), and the page still works', async ({ page }) => {
    const errors = watchErrors(page);
    await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
    await page.goto(LESSON);
    await openSearch(page);
    await expect(page.locator('.kns-search-status')).toContainText('bộ tìm kiếm không mở được');
    await page.getByRole('button', { name: 'Đóng' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quét mã VietQR để chuyển tiền');
    // The failed fetch of the engine is the browser's own report, not an error of the page.
    expect(errors.filter((e) => !/pagefind|Failed to fetch|net::ERR/i.test(e))).toEqual([]);
  });
});

/** What the index holds of each page: Pagefind's fragment files (gzip, then `pagefind_dcd` + JSON). */
function indexedPages(): { url: string; content: string }[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    return JSON.parse(text) as { url: string; content: string };
  });
}

test.describe('what the index holds', () => {
  test('only text a reader sees on the page on a fresh phone: no footer, hidden box, icon or control label', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const pages = indexedPages();
    expect(pages.length).toBeGreaterThanOrEqual(45);
    const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (const { url, content } of pages) {
      // The index's synonym words close the text; they are never shown (lib/search/excerpt.ts).
      const text = normal(content.replace(/\S*qzs[a-p]+qz/g, ''));
      expect.soft(text, url).not.toMatch(/không phải trang thông tin chính thức|học xong khóa này|!Cảnh báo|qz/);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      // innerText, not textContent: only what is rendered, as a reader sees it.
      // biome-ignore lint/performance/useDomNodeTextContent: hidden text must not count as shown
      const shown = normal(await page.locator('main').innerText());
      await context.close();
      const unseen = text
        .split(/(?<=[.?!”])\s+/)
        .map((piece) => piece.replace(/[.]$/, ''))
        .filter((piece) => piece.length > 3 && !shown.includes(piece));
      expect.soft(unseen, `${url}: indexed but not shown`).toEqual([]);
    }
  });
});

test.describe('the query table (tests/e2e/search-queries.ts)', () => {
  test('every query brings up its lesson in the first three results', async ({ page }) => {
    test.setTimeout(120_000);
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(SEARCH_CASES.map((c) => c.expect.replace(/\d+$/, '')))).toEqual(
      new Set(['bd', 'dv', 'ms', 'tt', 'at', 'ns', 'tv']),
    );
    await page.goto(LESSON);
    await openSearch(page);
    for (const { query, expect: code, kind } of SEARCH_CASES) {
      expect.soft(await top3(page, query), `${kind}: “${query}” should find ${code}`).toContain(code);
    }
  });

  test('residents’ own questions and everyday words find a right lesson in the first three', async ({ page }) => {
    test.setTimeout(120_000);
    expect(RESIDENT_QUESTIONS.length).toBeGreaterThanOrEqual(40);
    await page.goto(LESSON);
    await openSearch(page);
    for (const { query, expect: codes } of RESIDENT_QUESTIONS) {
      const top = await top3(page, query);
      expect
        .soft(
          top.some((code) => codes.includes(code)),
          `“${query}” should find ${codes.join(' or ')}, found ${top.join(' ')}`,
        )
        .toBe(true);
    }
  });

  test('“cccd” finds the lessons on the ID card and VNeID before the health-book lesson; “đổi trả” the returns lesson first', async ({
    page,
  }) => {
    await page.goto(LESSON);
    await openSearch(page);
    const cccd = await top3(page, 'cccd');
    const card = cccd.findIndex((code) => ['dv1', 'dv2', 'tt5'].includes(code));
    expect(card, `cccd: ${cccd.join(' ')}`).toBeGreaterThanOrEqual(0);
    const health = cccd.indexOf('dv6');
    if (health >= 0) expect(card, `cccd: ${cccd.join(' ')}`).toBeLessThan(health);
    expect((await top3(page, 'đổi trả'))[0]).toBe('ms4');
    expect((await top3(page, 'doi tra'))[0]).toBe('ms4');
  });

  test('a marked query and its unmarked form put the same lesson first', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(LESSON);
    await openSearch(page);
    const pairs = SEARCH_CASES.filter((c) => c.pair);
    expect(pairs.length).toBeGreaterThanOrEqual(15);
    for (const { query, pair = '' } of pairs) {
      const [unmarked] = await top3(page, query);
      const [marked] = await top3(page, pair);
      expect.soft(unmarked, `“${query}” and “${pair}”`).toBe(marked);
    }
  });

  test('every lesson’s title, marked or typed without marks, finds that lesson first', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(LESSON);
    await openSearch(page);
    expect(lessons.size).toBeGreaterThanOrEqual(39);
    for (const { code, title } of lessons.values()) {
      expect.soft((await top3(page, title))[0], title).toBe(code);
      const unmarked = foldVietnamese(title).toLowerCase();
      expect.soft((await top3(page, unmarked))[0], unmarked).toBe(code);
    }
  });
});

test.describe('byte budgets', () => {
  /** Everything fetched from opening the dialog to seeing the results of one query. */
  async function firstSearch(page: Page, query: string): Promise<{ bytes: number; urls: string[] }> {
    await page.goto(LESSON, { waitUntil: 'networkidle' });
    const bodies: Promise<number>[] = [];
    const urls: string[] = [];
    page.on('response', (response) => {
      urls.push(response.url());
      bodies.push(response.body().then(transferred, () => 0));
    });
    await openSearch(page);
    await search(page, query);
    const bytes = (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
    return { bytes, urls };
  }

  test('a first search of one or two words costs at most 110 KB; a long one at most 160 KB', async ({ browser }) => {
    // A fresh browser context per query, about 2 s each: the time grows with the query table.
    test.setTimeout(Math.max(180_000, SEARCH_CASES.length * 5_000));
    const costs: string[] = [];
    for (const { query } of SEARCH_CASES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const { bytes, urls } = await firstSearch(page, query);
      const words = query.trim().split(/\s+/).length;
      // Issue 22: the engine (pagefind.js and its WebAssembly, about 69 KB) plus a small part of
      // the index per word (lib/search/rechunk.ts, some 4.5 KB each) and three results' excerpts.
      const budget = words <= 2 ? 110 * 1024 : 160 * 1024;
      expect.soft(bytes, `“${query}” (${words} words) cost ${bytes} bytes`).toBeLessThanOrEqual(budget);
      expect.soft(urls.filter((url) => /pagefind-(ui|modular-ui|component-ui|highlight|worker)/.test(url))).toEqual([]);
      costs.push(`${bytes} ${query}`);
      await context.close();
    }
    test
      .info()
      .annotations.push({ type: 'first search (bytes, query)', description: costs.sort().reverse().slice(0, 5).join('; ') });
  });

  test('Pagefind’s ready-made interfaces and worker are not shipped, and no page asks for them', () => {
    const shipped = readdirSync(join(DIST, 'pagefind'));
    expect(shipped).toContain('pagefind.js');
    expect(shipped.filter((name) => /^pagefind-(ui|modular-ui|component-ui|highlight|worker)|playground/.test(name))).toEqual([]);
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : /\.(html|js|css)$/.test(name) ? [path] : [];
      });
    for (const file of walk(DIST))
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/pagefind-(ui|component-ui|modular-ui)\.(js|css)/);
  });
});
