import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, expectNoHorizontalScroll, isRedirectPage, watchErrors } from './helpers';

// Short links only redirect; print.spec.ts follows them.
const pages = builtPages().filter((path) => !isRedirectPage(DIST, path));
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the built site has the home page, the course pages and the lesson', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/tt/', '/tt/quet-ma-vietqr/', '/404']));
});

for (const path of pages) {
  test(`${path}: no axe violations, no request off this machine, no sideways scroll`, async ({ browser }) => {
    // axe needs a page from browser.newContext().
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const offsite: string[] = [];
    page.on('request', (request) => {
      const { hostname, protocol } = new URL(request.url());
      if (protocol !== 'data:' && protocol !== 'blob:' && hostname !== '127.0.0.1' && hostname !== 'localhost')
        offsite.push(request.url());
    });
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(path === '/404' ? 404 : 200);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    expect(offsite).toEqual([]);
    await expectNoHorizontalScroll(page);
    expect(errors.filter((e) => !(path === '/404' && e.includes('404')))).toEqual([]);
    await context.close();
  });
}
