import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { builtPages, courseLessonCount, DIST, watchErrors } from './helpers';

/** Lessons of the payment course: the catalogue grows. */
const TT_LESSONS = courseLessonCount('tt');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LESSON = '/tt/quet-ma-vietqr/';

/** Ticks the right answers of every question, read from the quiz's own markup. */
async function answerAll(page: Page, { wrongFirst = false } = {}) {
  const questions = page.locator('.kns-quiz__question');
  for (let i = 0; i < (await questions.count()); i++) {
    const question = questions.nth(i);
    const correct = (await question.getAttribute('data-correct'))?.split(',').map(Number) ?? [];
    const options = question.locator('input');
    if (wrongFirst && i === 0) {
      const wrong = [...Array(await options.count()).keys()].find((n) => !correct.includes(n)) ?? 0;
      await options.nth(wrong).check();
      continue;
    }
    for (const n of correct) await options.nth(n).check();
  }
}

const check = (page: Page) => page.getByRole('button', { name: 'Kiểm tra đáp án' }).click();
const result = (page: Page): Locator => page.locator('.kns-quiz__result');

test.describe('the quiz on a phone', () => {
  test('wrong, then right: feedback per question, a score, a retry, and the lesson marked done', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(LESSON);
    const total = await page.locator('.kns-quiz__question').count();
    await answerAll(page, { wrongFirst: true });
    await check(page);
    await expect(result(page)).toContainText(`Bạn trả lời đúng ${total - 1} trên ${total} câu.`);
    await expect(result(page)).toBeFocused();
    const first = page.locator('.kns-quiz__question').first();
    await expect(first).toHaveAttribute('data-verdict', 'wrong');
    await expect(first.locator('.kns-quiz__verdict')).toHaveText('Chưa đúng.');
    await expect(first.locator('.kns-quiz__feedback')).toContainText('Đáp án đúng:');
    await expect(page.locator('.kns-quiz__question').nth(1).locator('.kns-quiz__verdict')).toHaveText('Đúng rồi.');

    await page.getByRole('button', { name: 'Làm lại' }).click();
    await expect(result(page)).toBeEmpty();
    await expect(first.locator('input:checked')).toHaveCount(0);
    await answerAll(page);
    await check(page);
    await expect(result(page)).toContainText(`Bạn trả lời đúng ${total} trên ${total} câu.`);
    await expect(result(page)).toContainText('Bài này đã xong!');

    await page.reload();
    await expect(page.locator('#starlight__sidebar a[data-kns-code="tt3"] .kns-mark--done')).toHaveCount(1);
    await page.goto('/tt/');
    await expect(page.locator('li[data-kns-code="tt3"]')).toHaveAttribute('data-kns-progress', 'done');
    await page.goto('/tien-do/');
    await expect(page.locator('[data-kns-course-status^="tt"]')).toContainText(`1/${TT_LESSONS} bài đã xong`);
    expect(errors).toEqual([]);
  });

  test('an unanswered question is said to be unanswered', async ({ page }) => {
    await page.goto(LESSON);
    await check(page);
    await expect(page.locator('.kns-quiz__question').first().locator('.kns-quiz__verdict')).toHaveText(
      'Bạn chưa chọn đáp án cho câu này.',
    );
    await expect(result(page)).toContainText('Bạn trả lời đúng 0 trên');
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto(LESSON);
    const firstOption = page.locator('.kns-quiz__question').first().locator('input').first();
    await firstOption.focus();
    await page.keyboard.press('Space');
    await expect(firstOption).toBeChecked();
    await page.getByRole('button', { name: 'Kiểm tra đáp án' }).focus();
    await page.keyboard.press('Enter');
    await expect(result(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Kiểm tra đáp án' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Làm lại' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(firstOption).toBeFocused();
    await expect(firstOption).not.toBeChecked();
  });

  test('still works with damaged, foreign or blocked storage, and nothing reaches the console', async ({ browser }) => {
    for (const setup of [
      () => localStorage.setItem('kns.progress', '{"version":1,"lessons":'),
      () => localStorage.setItem('kns.progress', '["someone else’s data"]'),
      () =>
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        }),
      () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
      },
    ]) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.addInitScript(setup);
      const errors = watchErrors(page);
      await page.goto(LESSON);
      await answerAll(page);
      await check(page);
      await expect(result(page)).toContainText('Bài này đã xong!');
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  test('has no axe violations with the quiz answered and checked', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(LESSON);
    await answerAll(page, { wrongFirst: true });
    await check(page);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  test('without JavaScript shows the questions and, in a disclosure, the answers', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(LESSON);
    await expect(page.locator('.kns-quiz legend').first()).toBeVisible();
    const disclosure = page.locator('.kns-quiz__answer').first();
    await disclosure.locator('summary').click();
    await expect(disclosure).toContainText('Đáp án đúng:');
    await expect(page.getByRole('button', { name: 'Kiểm tra đáp án' })).toBeHidden();
    await context.close();
  });

  // The whole first load has its own 35 KB budget (search.spec.ts); this keeps the script in it
  // one file and small (issue 22): quiz, progress, trainer view, reading tools, theme, tables of
  // contents, the search dialog (not its engine) and the offline bar that registers the service
  // worker (under 1 KB with its markup, offline.spec.ts), with Starlight's few inline scripts.
  test('loads one script file on a lesson page, under 8 KB gzip with the inline scripts', async ({ page }) => {
    const scripts: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const url = response.url();
      // Pagefind's engine loads only when search opens: search.spec.ts measures it on its own.
      if (response.request().resourceType() === 'script' && !url.includes('/pagefind/')) {
        scripts.push({ url, bytes: gzipSync(await response.body()).length });
      }
    });
    await page.goto(LESSON, { waitUntil: 'networkidle' });
    const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((el) => el.textContent ?? '').join('\n'));
    const total = scripts.reduce((sum, s) => sum + s.bytes, 0) + gzipSync(inline).length;
    expect(scripts.map((s) => new URL(s.url).pathname.replace(/\.[\w-]+\.js$/, '.js'))).toEqual([
      '/_astro/SiteScript.astro_astro_type_script_index_0_lang.js',
    ]);
    expect(total, JSON.stringify(scripts)).toBeLessThan(8 * 1024);
  });
});

test.describe('finishing a course', () => {
  test('complete a small course, then print a one-page completion page with the name as typed', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/ns/');
    const lessons = await page.locator('.kns-lesson-item h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(lessons.length).toBeGreaterThanOrEqual(3);
    await expect(page.locator('[data-kns-course-codes]').first()).toBeHidden();
    for (const href of lessons) {
      await page.goto(href);
      await answerAll(page);
      await check(page);
      await expect(result(page)).toContainText('Bài này đã xong!');
    }
    await page.goto('/ns/');
    const offer = page.locator('[data-kns-course-codes]').first();
    await expect(offer).toBeVisible();
    await offer.getByRole('link', { name: 'In giấy tự xác nhận hoàn thành' }).click();
    await expect(page).toHaveURL(/\/tien-do\/hoan-thanh\/ns\/$/);
    await page.getByLabel('Họ và tên của bạn').fill('<b>Bà Tư</b> & "con"');
    await expect(page.locator('[data-name]')).toHaveText('<b>Bà Tư</b> & "con"');
    await expect(page.locator('[data-name] b')).toHaveCount(0);
    await expect(page.locator('.kns-cert__disclaimer')).toContainText('Không phải chứng chỉ');
    await page.getByLabel('Họ và tên của bạn').blur();
    await page.reload();
    await expect(page.getByLabel('Họ và tên của bạn')).toHaveValue('<b>Bà Tư</b> & "con"');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test('a name typed while the page is still loading (a slow phone) is kept, not replaced', async ({ page }) => {
    // The course is done, and an earlier name is saved on the device.
    await page.addInitScript(() => {
      if (localStorage.getItem('kns.progress')) return;
      const done = { read: '2026-11-01T08:00:00.000Z', done: '2026-11-01T08:10:00.000Z' };
      const lessons = Object.fromEntries(['ns1', 'ns2', 'ns3'].map((code) => [code, done]));
      localStorage.setItem('kns.progress', JSON.stringify({ version: 1, lessons, learnerName: 'Tên cũ' }));
    });
    // The page's own script arrives late, as on 2G.
    let release: () => void = () => {};
    const late = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/Completion\.astro_astro_type_script/, async (route) => {
      await late;
      await route.continue();
    });
    // Module scripts hold DOMContentLoaded back: wait only for the page to start arriving.
    await page.goto('/tien-do/hoan-thanh/ns/', { waitUntil: 'commit' });
    await page.getByLabel('Họ và tên của bạn').fill('Bà Năm');
    release();
    await expect(page.locator('[data-name]')).toHaveText('Bà Năm');
    await expect(page.getByLabel('Họ và tên của bạn')).toHaveValue('Bà Năm');
    await page.getByLabel('Họ và tên của bạn').blur();
    await page.reload();
    await expect(page.getByLabel('Họ và tên của bạn')).toHaveValue('Bà Năm');
  });

  test('the completion page of an unfinished course lists the lessons still to do and offers nothing to print', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      if (localStorage.getItem('kns.progress')) return;
      const done = { read: '2026-11-01T08:00:00.000Z', done: '2026-11-01T08:10:00.000Z' };
      localStorage.setItem('kns.progress', JSON.stringify({ version: 1, lessons: { ns1: done }, learnerName: '' }));
    });
    await page.goto('/tien-do/hoan-thanh/ns/');
    await expect(page.locator('[data-notice]')).toContainText('khóa học chưa xong: còn 2 bài');
    await expect(page.locator('[data-sheet]')).toBeHidden();
    const left = page.getByRole('heading', { name: 'Các bài còn phải học' });
    await expect(left).toBeVisible();
    const links = page.locator('[data-left] li:visible a');
    await expect(links).toHaveCount(2);
    await expect(links.first()).toHaveAttribute('href', /^\/ns\//);
    await expect(page.getByRole('button', { name: 'In' })).toBeHidden();
    await expect(page.getByLabel('Họ và tên của bạn')).toBeHidden();
  });

  test('“start again” clears progress', async ({ page }) => {
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(LESSON);
    await answerAll(page);
    await check(page);
    await page.goto('/tien-do/');
    await expect(page.locator('[data-kns-course-status^="tt"]')).toContainText(`1/${TT_LESSONS}`);
    await page.getByRole('button', { name: 'Bắt đầu lại từ đầu' }).click();
    await expect(page.locator('[data-kns-course-status^="tt"]')).toContainText(`0/${TT_LESSONS}`);
    await expect(page.locator('[data-notice]')).toContainText('Đã xóa tiến độ');
  });
});

test('several right answers are listed properly, never joined as “Tên người nhận.; Số tiền”', async ({ page }) => {
  const glued = builtPages()
    .filter((path) => path !== '/404')
    .filter((path) => readFileSync(join(DIST, path, 'index.html'), 'utf8').includes('.; '));
  expect(glued).toEqual([]);
  await page.goto(LESSON);
  const many = page.locator('.kns-quiz__question[data-type="multiple"]').first();
  await expect(many.locator('.kns-quiz__correct li').first()).toBeAttached();
});

test.describe('finding the way back', () => {
  test('once a course is started, its page and the home page offer “Học tiếp” at the first lesson not done', async ({ page }) => {
    await page.goto('/tt/');
    const button = page.locator('a[data-kns-continue]');
    await expect(button).toHaveText('Bắt đầu học');
    await expect(page.locator('.kns-continue')).toHaveCount(0);
    await page.goto('/');
    await expect(page.locator('.kns-continue')).toBeHidden();

    // Opening tt1 starts the course; tt1 is not done yet, so that is where to go on.
    await page.goto('/tt/ngan-hang-vi-dien-tu-mobile-money/');
    await page.goto('/tt/');
    await expect(button).toHaveText('Học tiếp: Ba cách trả tiền bằng điện thoại: ngân hàng, ví điện tử, Mobile Money');
    await expect(button).toHaveAttribute('href', '/tt/ngan-hang-vi-dien-tu-mobile-money/');

    // Passing tt1 moves “Học tiếp” on to tt2, here and on the home page.
    await page.goto('/tt/ngan-hang-vi-dien-tu-mobile-money/');
    await answerAll(page);
    await check(page);
    await expect(result(page)).toContainText('Bài này đã xong!');
    await page.goto('/tt/');
    await expect(button).toHaveText('Học tiếp: Chuyển tiền an toàn trong ứng dụng ngân hàng');
    await page.goto('/');
    const home = page.locator('.kns-continue');
    await expect(home).toBeVisible();
    await expect(home.getByRole('link')).toHaveText('Học tiếp: Chuyển tiền an toàn trong ứng dụng ngân hàng');
    await expect(home.getByRole('link')).toHaveAttribute('href', '/tt/chuyen-tien-an-toan/');
  });

  test('the progress page lists the courses the learner started first, the latest first', async ({ page }) => {
    await page.goto('/tien-do/');
    const headings = page.locator('.kns-progress-course h2');
    await expect(headings.first()).toHaveText('Bắt đầu với điện thoại thông minh');
    await page.goto('/at/khi-bi-lua-dao/');
    await page.goto('/dv/tai-khoan-vneid/');
    await page.goto('/tien-do/');
    await expect(headings.nth(0)).toHaveText('Dịch vụ công trực tuyến');
    await expect(headings.nth(1)).toHaveText('Tự bảo vệ trên không gian mạng');
    await expect(headings.nth(2)).toHaveText('Bắt đầu với điện thoại thông minh');
  });

  test('every page with the site’s menu or header links to “Tiến độ học của tôi”, on a phone and a projector', async ({
    browser,
  }) => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1024, height: 768 },
    ]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      for (const path of ['/', '/tt/', '/tt/quet-ma-vietqr/', '/so-theo-doi/', '/404.html']) {
        await page.goto(path);
        const menu = page.getByRole('button', { name: 'Các bài' });
        if (await menu.isVisible()) await menu.click();
        const link = page.getByRole('link', { name: 'Tiến độ học của tôi' }).first();
        await expect(link, `${viewport.width}px ${path}`).toBeVisible();
        await expect(link).toHaveAttribute('href', '/tien-do/');
      }
      await context.close();
    }
  });
});
