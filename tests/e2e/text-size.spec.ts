import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, watchErrors } from './helpers';
import { KINDS, LESSON, readerContext, rootPx, SIZES, sizeGroup } from './reader';

test.describe('text size (“Cỡ chữ”)', () => {
  test('is on every page kind but the slides, sized for the projector', async ({ page }) => {
    for (const [kind, path] of Object.entries(KINDS)) {
      await page.goto(path);
      const group = sizeGroup(page);
      if (kind === 'slides') {
        await expect(group).toHaveCount(0);
        continue;
      }
      await expect(group, kind).toBeVisible();
      for (const name of ['Vừa', 'Lớn', 'Rất lớn'])
        await expect(group.getByRole('button', { name, exact: true }), kind).toBeVisible();
      await expect(group.getByRole('button', { name: 'Vừa', exact: true })).toHaveAttribute('aria-pressed', 'true');
    }
  });

  test('persists across pages and reloads, and is applied before the first paint', async ({ page }) => {
    // Records the size the page has at its first frame, before anything is painted.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstFrame: string | null }).firstFrame = document.documentElement.getAttribute('data-kns-text');
      });
    });
    const firstFrame = () => page.evaluate(() => (window as unknown as { firstFrame: string | null }).firstFrame);
    await page.goto(LESSON);
    expect(await rootPx(page)).toBe(SIZES.normal);
    await sizeGroup(page).getByRole('button', { name: 'Lớn', exact: true }).click();
    expect(await rootPx(page)).toBe(SIZES.large);
    await expect(sizeGroup(page).getByRole('button', { name: 'Lớn', exact: true })).toHaveAttribute('aria-pressed', 'true');

    for (const path of ['/tt/', '/in/tt3/', LESSON]) {
      await page.goto(path);
      await expect.poll(firstFrame, path).toBe('large');
      expect(await rootPx(page), path).toBe(SIZES.large);
    }
    await page.reload();
    await expect.poll(firstFrame).toBe('large');

    await sizeGroup(page).getByRole('button', { name: 'Rất lớn', exact: true }).click();
    expect(await rootPx(page)).toBe(SIZES.xlarge);
    // By keyboard too.
    await sizeGroup(page).getByRole('button', { name: 'Vừa', exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await rootPx(page)).toBe(SIZES.normal);
    expect(await page.evaluate(() => localStorage.getItem('kns.textSize'))).toBeNull();
  });

  test('is set in <head>, before the page’s styles, on every page that offers it', () => {
    for (const path of [
      '/',
      '/tt/',
      LESSON,
      '/in/tt3/',
      '/tien-do/',
      '/so-theo-doi/',
      '/in/phieu-tham-ho/',
      '/trinh-chieu/tt/',
    ]) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, path).toMatch(/<script>[^<]*try\{[^<]*localStorage[^<]*kns\.textSize/);
    }
  });

  test('keeps the page whole: junk in storage, or storage blocked', async ({ browser }) => {
    const junk = await browser.newContext();
    await junk.addInitScript(() => localStorage.setItem('kns.textSize', '{"size":99}'));
    const page = await junk.newPage();
    const errors = watchErrors(page);
    await page.goto(LESSON);
    expect(await rootPx(page)).toBe(SIZES.normal);
    await junk.close();

    const blocked = await browser.newContext();
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const other = await blocked.newPage();
    const otherErrors = watchErrors(other);
    await other.goto(LESSON);
    await sizeGroup(other).getByRole('button', { name: 'Rất lớn', exact: true }).click();
    // Not remembered, but the page still changes size.
    expect(await rootPx(other)).toBe(SIZES.xlarge);
    expect([...errors, ...otherErrors]).toEqual([]);
    await blocked.close();
  });

  test('never makes a phone scroll sideways: every page at the largest size', async ({ browser }) => {
    test.setTimeout(180_000);
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(paths.length).toBeGreaterThan(100);
    const context = await readerContext(browser, { size: 'xlarge' });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) wide.push(`${path} ${scrollWidth}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});
