import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, isRedirectPage, pageFile, saveCourse, stubVoice, watchViolations } from './helpers';

// The site under its own Content-Security-Policy: the `<meta>` Astro writes (completed with the
// hashes of inline scripts, lib/security/csp.ts) and the header from `_headers`, which the test
// server sends as a static host would. A violation is a feature broken for every reader.

const metaPolicy = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1] ?? '';

test('every built page carries a strict policy: no inline or eval scripts, no plugins, no other site', () => {
  for (const path of builtPages()) {
    const html = readFileSync(join(DIST, pageFile(path)), 'utf8');
    const policy = metaPolicy(html);
    // A policy in a meta covers only what follows it: it comes before any script.
    if (html.includes('<script')) expect(html.indexOf('content-security-policy'), path).toBeLessThan(html.indexOf('<script'));
    // A short link's redirect page carries a policy of its own, for its one script and style.
    expect(policy, path).toMatch(
      isRedirectPage(DIST, path)
        ? /script-src 'sha256-[^ ;]+'; style-src 'sha256-/
        : /script-src 'self' 'wasm-unsafe-eval' 'sha256-/,
    );
    const directive = (name: string) => policy.split(';').find((d) => d.trim().startsWith(`${name} `)) ?? '';
    expect(directive('script-src'), path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(directive('style-src'), path).not.toContain("'unsafe-inline'");
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).toContain("base-uri 'self'");
    expect(policy, path).not.toMatch(/https?:\/\//);
  }
});

test('_headers carries the policy and what a meta cannot: framing, sniffing, referrer, permissions, caching', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';/);
  expect(headers).toContain("frame-ancestors 'self'");
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  expect(headers).toContain('Referrer-Policy: no-referrer');
  expect(headers).toMatch(/Permissions-Policy: camera=\(\), microphone=\(\), geolocation=\(\)/);
  expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  expect(headers).toMatch(/\/sw\.js\n {2}Cache-Control: no-cache/);
  // The header allows at least what every page's own policy allows.
  const header = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
  for (const path of ['/', '/tt/quet-ma-vietqr/', '/so-theo-doi/']) {
    const file = path === '/' ? 'index.html' : `${path.slice(1)}index.html`;
    for (const hash of metaPolicy(readFileSync(join(DIST, file), 'utf8')).match(/'sha256-[^']+'/g) ?? [])
      expect(header, `${path} ${hash}`).toContain(hash);
  }
});

test('every page of the site opens with no policy violation, headers as a host sends them', async ({ page }) => {
  test.setTimeout(240_000);
  // The browser reports a violation on the console too, which outlives a redirect.
  const found: string[] = [];
  let current = '';
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      found.push(`${current}: ${message.text()}`);
  });
  for (const path of builtPages()) {
    current = path;
    if (isRedirectPage(DIST, path)) {
      // A short link moves on by itself: follow it to its lesson.
      await page.goto(path, { waitUntil: 'commit' }).catch(() => undefined);
      await page.waitForLoadState('load');
      continue;
    }
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'self'");
    expect(response?.headers()['x-content-type-options'], path).toBe('nosniff');
  }
  expect(found).toEqual([]);
});

test('the features run under the policy: quiz, text size, read-aloud, search, slides, tally, practice', async ({ page }) => {
  const violations = await watchViolations(page);
  await stubVoice(page);
  const seen: string[] = [];
  const check = async (what: string) => seen.push(...(await violations()).map((v) => `${what}: ${v}`));

  await page.goto('/tt/quet-ma-vietqr/');
  await page.getByRole('group', { name: 'Cỡ chữ' }).getByRole('button', { name: 'Lớn', exact: true }).click();
  await page.getByRole('button', { name: 'Nghe bài' }).click();
  await expect(page.locator('.kns-read-aloud__status')).toContainText('Đang đọc bài');
  const quiz = page.locator('kns-quiz');
  for (const question of await quiz.locator('.kns-quiz__question').all()) {
    const correct = ((await question.getAttribute('data-correct')) ?? '').split(',').map(Number);
    for (const index of correct) await question.locator('input').nth(index).check();
  }
  await quiz.getByRole('button', { name: /Kiểm tra|Nộp|Xem kết quả/ }).click();
  await expect(quiz.locator('.kns-quiz__result')).not.toBeEmpty();
  await page.getByRole('button', { name: 'Tìm bài học' }).click();
  await page.getByRole('searchbox').fill('chuyển tiền');
  await expect(page.locator('.kns-search-result__title').first()).toBeVisible({ timeout: 15_000 });
  await check('lesson');

  await page.goto('/trinh-chieu/tt3/');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#2$/);
  // The presenter window inherits the page's policy: its styles must still apply.
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
  await expect(presenter.locator('[data-notes-body]')).not.toBeEmpty();
  expect(await presenter.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(244, 244, 246)');
  await presenter.close();
  await check('slides');

  await page.goto('/so-theo-doi/');
  await page.getByLabel('Nhãn hộ').fill('Nhà 1');
  await page.locator('input[name="skill"][value="1"]').check();
  await page.getByRole('button', { name: 'Lưu hộ này' }).click();
  await expect(page.locator('[data-form-status]')).toContainText('Đã lưu hộ “Nhà 1”');
  await check('tally');

  await page.goto('/tap-thu/chuyen-tien/');
  await page.locator('[data-practice-target]').click();
  await expect(page.locator('[data-progress]')).toHaveText('Bước 2/11');
  await check('practice');

  expect(seen).toEqual([]);
});

test.describe('saving a course for offline use', () => {
  test.use({ serviceWorkers: 'allow' });
  test('registers the worker and saves under the policy', async ({ page }) => {
    const violations = await watchViolations(page);
    await saveCourse(page, '/tt/');
    expect(await violations()).toEqual([]);
  });
});
