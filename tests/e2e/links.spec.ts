import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BASE_DIST, BASE_PATH, builtPages, DIST } from './helpers';

/** The file a site path is served from, or undefined. */
function fileFor(dir: string, path: string): string | undefined {
  const clean = decodeURI(path.split(/[?#]/)[0] ?? '');
  const candidates = clean.endsWith('/') ? [join(dir, clean, 'index.html')] : [join(dir, clean), join(dir, `${clean}.html`)];
  return candidates.find((file) => existsSync(file));
}

function htmlOf(dir: string, path: string): string {
  const file = fileFor(dir, path === '/404' ? '/404.html' : path);
  if (!file) throw new Error(`no file for ${path}`);
  return readFileSync(file, 'utf8');
}

for (const [dir, base] of [
  [DIST, '/'],
  [BASE_DIST, BASE_PATH],
] as const) {
  test(`${dir}: every internal link and asset resolves under ${base}, anchors included`, () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of builtPages(dir)) {
      const html = htmlOf(dir, page);
      const pageUrl = new URL(`${base}${page.slice(1)}`, 'http://site.invalid');
      for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const raw = (match[1] ?? '').replaceAll('&amp;', '&');
        if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
        const url = new URL(raw, pageUrl);
        if (url.host !== 'site.invalid') continue;
        checked++;
        if (!url.pathname.startsWith(base)) {
          broken.push(`${page} → ${raw} (outside ${base})`);
          continue;
        }
        const file = fileFor(dir, `/${url.pathname.slice(base.length)}`);
        if (!file) {
          broken.push(`${page} → ${raw}`);
          continue;
        }
        if (url.hash && file.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          const target = readFileSync(file, 'utf8');
          if (!target.includes(`id="${id}"`)) broken.push(`${page} → ${raw} (no element with id "${id}")`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
}

test.describe('links that forgive (a plain static host: only files and 404.html)', () => {
  for (const typed of ['/TT3/', '/Tt3', '/tt3', '/TT3']) {
    test(`${typed} reaches lesson tt3`, async ({ page }) => {
      await page.goto(typed);
      await expect(page).toHaveURL('/tt/quet-ma-vietqr/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quét mã VietQR để chuyển tiền');
    });
  }

  test('under a base path too: /ky-nang-so/TT3/ reaches the lesson', async ({ page }) => {
    await page.goto(`http://127.0.0.1:4323${BASE_PATH}TT3/`);
    await expect(page).toHaveURL(`http://127.0.0.1:4323${BASE_PATH}tt/quet-ma-vietqr/`);
  });

  test('the 404 page says what a lesson code looks like and offers the way home', async ({ page }) => {
    const response = await page.goto('/tt99/');
    expect(response?.status()).toBe(404);
    await expect(page).toHaveURL('/tt99/');
    await expect(page.getByText('Mã bài gồm hai chữ cái và một con số, ví dụ tt3.')).toBeVisible();
    await page.getByRole('link', { name: 'Về trang chủ' }).click();
    await expect(page).toHaveURL('/');
  });
});
