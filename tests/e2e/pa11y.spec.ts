import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import pa11y from 'pa11y';
import puppeteer from 'puppeteer';
import { builtPages, DIST, isRedirectPage, SITE } from './helpers';

/**
 * A second accessibility engine beside axe (issue 23): pa11y's HTML_CodeSniffer runner, WCAG 2 AA,
 * over every built page at phone size, in Debian's Chromium (Puppeteer's own browser download is
 * skipped: .puppeteerrc.cjs). Nothing is allowed but a proven false positive, each with its reason.
 */
const ALLOWED: { code: string; selector?: RegExp; why: string }[] = [];

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/**
 * The pages, in two halves, so that the two workers on CI share them. A short link's page only
 * forwards to its lesson at once (pa11y would check the lesson a second time): left out.
 */
const pages = builtPages().filter((path) => !isRedirectPage(DIST, path));
const halves = [pages.filter((_, i) => i % 2 === 0), pages.filter((_, i) => i % 2 === 1)];

for (const [n, half] of halves.entries()) {
  test(`HTML_CodeSniffer (WCAG 2 AA) finds no error on any page, part ${n + 1} of 2`, async () => {
    test.setTimeout(Math.max(120_000, half.length * 4_000));
    expect(pages.length).toBeGreaterThan(100);
    const found: string[] = [];
    // One browser for the half, a fresh page per address (pa11y opens and closes it).
    const browser = await puppeteer.launch({
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      for (const path of half) {
        const results = await pa11y(SITE + path, {
          browser,
          runners: ['htmlcs'],
          standard: 'WCAG2AA',
          includeWarnings: false,
          includeNotices: false,
          viewport: { width: 360, height: 740 },
          timeout: 30_000,
        });
        for (const issue of results.issues) {
          if (ALLOWED.some((a) => a.code === issue.code && (!a.selector || a.selector.test(issue.selector)))) continue;
          found.push(`${path}: ${issue.code} at ${issue.selector}: ${issue.message}`);
        }
      }
    } finally {
      await browser.close();
    }
    expect(found).toEqual([]);
  });
}
