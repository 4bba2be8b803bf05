import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { BASE_SITE, brokenWordsInTables, builtPages, DIST, isRedirectPage, SITE } from './helpers';

const codes = builtPages()
  .filter((path) => isRedirectPage(DIST, path))
  .map((path) => path.replaceAll('/', ''));

/** Pages of a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** Renders the element large and reads the QR code in it, as a phone camera would. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const element = page.locator(selector).first();
  await element.scrollIntoViewIfNeeded();
  const png = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

test('there is a short link for every lesson', () => {
  expect(codes.length).toBeGreaterThanOrEqual(39);
  expect(codes).toEqual(expect.arrayContaining(['tt3', 'bd1', 'tv7']));
});

test('every handout prints on at most two A4 pages', async ({ page }) => {
  test.setTimeout(180_000);
  const tooLong: string[] = [];
  for (const code of codes) {
    await page.goto(`/in/${code}/`);
    const pages = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    if (pages > 2) tooLong.push(`${code}: ${pages} pages`);
  }
  expect(tooLong).toEqual([]);
});

test('a handout is large type, steps from the lesson, warnings boxed, and no site chrome on paper', async ({ page }) => {
  await page.goto('/in/tt3/');
  await page.emulateMedia({ media: 'print' });
  const sizes = await page
    .locator('.kns-handout li, .kns-handout p')
    .evaluateAll((els) =>
      els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
    );
  // 14 pt = 18.67 CSS px; the small print line (reviewed date) is the one exception.
  expect(sizes.filter((px) => px < 18.6).length).toBeLessThanOrEqual(2);
  await expect(page.locator('.kns-print-bar')).toBeHidden();
  await expect(page.locator('.kns-print-footer')).toBeHidden();
  const lessonSteps = await (async () => {
    const lesson = await page.context().newPage();
    await lesson.goto('/tt/quet-ma-vietqr/');
    const steps = await lesson.locator('.kns-steps li').allInnerTexts();
    await lesson.close();
    return steps;
  })();
  expect(await page.locator('.kns-handout__steps li').allInnerTexts()).toEqual(lessonSteps);
  await expect(page.locator('.kns-handout__warning').first()).toContainText('Cảnh báo');
  await expect(page.locator('.kns-handout__team')).toContainText('Điện thoại');
});

test('tables keep every word whole, on paper and on a phone: no code broken letter by letter', async ({ page }) => {
  for (const [media, viewport] of [
    ['print', { width: 794, height: 1123 }], // A4 at 96 dpi
    ['screen', { width: 360, height: 740 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ media });
    for (const path of ['/trinh-chieu/tt/', '/trinh-chieu/tv/', '/in/phieu-tham-ho/']) {
      await page.goto(path);
      await expect(page.locator('td').first(), path).toBeAttached();
      expect(await brokenWordsInTables(page), `${media} ${path}`).toEqual([]);
    }
  }
});

test('a handout without a team in the settings leaves a line to write on beside each label', async ({ page }) => {
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await page.goto('/in/tt3/');
  await page.emulateMedia({ media: 'print' });
  const lines = await page.locator('.kns-handout__team p:has(.kns-blank)').evaluateAll((rows) =>
    rows.map((row) => {
      const blank = row.querySelector('.kns-blank')?.getBoundingClientRect();
      const line = Number.parseFloat(getComputedStyle(row).lineHeight);
      return { width: blank?.width ?? 0, onLabelLine: Boolean(blank && blank.bottom <= row.getBoundingClientRect().top + line) };
    }),
  );
  expect(lines).toHaveLength(2); // name and phone
  for (const line of lines) {
    expect(line.onLabelLine, 'the line to write on follows its label').toBe(true);
    expect(line.width, 'at least 5 cm to write a name or a phone number').toBeGreaterThanOrEqual(189);
  }
});

test('the handout’s QR code is the absolute short link, and following it opens the lesson', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 1400 });
  await page.goto('/in/tt3/');
  const decoded = await decodeQr(page, '.kns-handout__qr svg');
  expect(decoded).toBe(`${SITE}/tt3/`);
  await expect(page.locator('.kns-handout__link')).toHaveText('127.0.0.1:4322/tt3/');
  await page.goto(decoded ?? '');
  await expect(page).toHaveURL(`${SITE}/tt/quet-ma-vietqr/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quét mã VietQR để chuyển tiền');
});

test('a short link works without JavaScript, in Vietnamese, and is kept out of search and the sitemap', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tt6/');
  await expect(page).toHaveURL(/\/tt\/khong-dua-ma-otp\/$/);
  await context.close();
  const html = readFileSync(`${DIST}/tt6/index.html`, 'utf8');
  expect(html).toContain('<html lang="vi">');
  expect(html).toContain('noindex');
  expect(html).not.toContain('data-pagefind-body');
  const sitemap = readFileSync(`${DIST}/sitemap-0.xml`, 'utf8');
  expect(sitemap).toContain(`${SITE}/tt/khong-dua-ma-otp/`);
  expect(sitemap).not.toContain(`${SITE}/tt6/`);
});

test('a mistyped short link lands on a helpful Vietnamese 404 page', async ({ page }) => {
  const response = await page.goto('/tt33/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await expect(page.locator('[data-suggestion]')).toContainText('Quét mã VietQR để chuyển tiền (tt3)');
  await expect(page.locator('.kns-course-card')).toHaveCount(7);
  await page.getByRole('button', { name: 'Tìm bài học theo tên' }).click();
  await expect(page.getByRole('dialog', { name: 'Tìm bài học' })).toBeVisible();
});

test('a handout keeps each section’s rule or fact: no printed heading stands alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/in/tt3/');
  const sheet = page.locator('.kns-handout');
  await expect(sheet).toContainText('chuyển một lần trên 10 triệu đồng phải xác thực bằng khuôn mặt');
  await expect(sheet).toContainText('“QR của tôi”');
  await expect(sheet).toContainText('VietQR là loại mã QR chung của các ngân hàng Việt Nam');
  const alone: string[] = [];
  for (const code of codes) {
    await page.goto(`/${code}/`);
    // The lesson's sections that say something in a paragraph of their own.
    const explained = await page.locator('.sl-markdown-content').evaluate((content) => {
      const names: string[] = [];
      let heading = '';
      for (const child of content.children) {
        const h2 = child.matches('h2') ? child : child.querySelector(':scope.sl-heading-wrapper > h2');
        if (h2) heading = h2.textContent?.trim() ?? '';
        else if (child.matches('p') && heading && !names.includes(heading)) names.push(heading);
      }
      return names;
    });
    await page.goto(`/in/${code}/`);
    const printed = await page.locator('.kns-handout__section').evaluateAll((all) =>
      all.map((section) => ({
        heading: section.querySelector('h2')?.textContent?.trim() ?? '',
        lead: Boolean(section.querySelector('.kns-handout__lead')),
      })),
    );
    for (const { heading, lead } of printed) if (explained.includes(heading) && !lead) alone.push(`${code}: ${heading}`);
  }
  expect(alone).toEqual([]);
});

test('a course bundle starts with a cover: the course, its lessons in order, the course page’s QR code', async ({ page }) => {
  await page.goto('/in/tt/');
  const cover = page.locator('.kns-sheet').first();
  await expect(cover).toHaveClass(/kns-cover/);
  await expect(cover.getByRole('heading', { level: 1 })).toHaveText('Thanh toán trực tuyến');
  const lessons = await cover.locator('.kns-cover__lessons li').allInnerTexts();
  const sheets = await page.locator('.kns-handout:not(.kns-cover) h1').allInnerTexts();
  expect(lessons.map((l) => l.replace(/\s*\(tt\d+\)$/, ''))).toEqual(sheets);
  await page.setViewportSize({ width: 1024, height: 1400 });
  expect(await decodeQr(page, '.kns-cover svg')).toBe(`${SITE}/tt/`);
});

test('a course bundle prints every handout of the course, each on a new page', async ({ page }) => {
  await page.goto('/in/ns/');
  const sheets = page.locator('.kns-handout');
  const count = await sheets.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await page.emulateMedia({ media: 'print' });
  expect(await sheets.nth(1).evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBeGreaterThanOrEqual(count);
});

test('the QR poster speaks to residents in a large headline; the note for the team member is not printed', async ({ page }) => {
  await page.goto('/in/ma-qr/');
  await expect(page.locator('.kns-poster__note')).toContainText('Dán các tờ này ở bảng tin');
  await expect(page.locator('.kns-poster h1').first()).toHaveText('Quét mã để học: Bắt đầu với điện thoại thông minh');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.kns-poster__note')).toBeHidden();
  const sizes = await page
    .locator('.kns-poster h1')
    .evaluateAll((hs) => hs.map((h) => Number.parseFloat(getComputedStyle(h).fontSize)));
  // 26 pt, readable from a few steps away on the board.
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(34);
  await expect(page.locator('.kns-poster').first()).not.toContainText('Dán các tờ này');
});

test('the QR poster has every lesson, grouped by course, each code at least 3 cm on paper', async ({ page }) => {
  await page.goto('/in/ma-qr/');
  await expect(page.locator('.kns-poster__card')).toHaveCount(codes.length);
  await expect(page.locator('.kns-poster h1')).toHaveCount(7);
  await page.emulateMedia({ media: 'print' });
  const widths = await page
    .locator('.kns-poster__card svg')
    .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
  // 3 cm at 96 CSS px per inch.
  expect(Math.min(...widths)).toBeGreaterThanOrEqual((3 / 2.54) * 96);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1024, height: 1400 });
  expect(await decodeQr(page, '.kns-poster__card[data-code="bd1"] svg')).toBe(`${SITE}/bd1/`);
  expect(pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBeGreaterThanOrEqual(7);
});

test.describe('built for a base path (/ky-nang-so/)', () => {
  test('QR codes and short links point under the base path and reach the lesson', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 1400 });
    await page.goto(`${BASE_SITE}in/tt3/`);
    const decoded = await decodeQr(page, '.kns-handout__qr svg');
    expect(decoded).toBe(`${BASE_SITE}tt3/`);
    await page.goto(decoded ?? '');
    await expect(page).toHaveURL(`${BASE_SITE}tt/quet-ma-vietqr/`);
    await page.getByRole('link', { name: 'Thanh toán trực tuyến' }).first().click();
    await expect(page).toHaveURL(`${BASE_SITE}tt/`);
  });
});
