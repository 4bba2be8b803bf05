import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST } from './helpers';

/** The file a site path is served from, or undefined. */
function fileFor(path: string): string | undefined {
  const clean = decodeURI(path.split(/[?#]/)[0] ?? '');
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, `${clean}.html`)];
  return candidates.find((file) => existsSync(file));
}

function htmlOf(path: string): string {
  const file = fileFor(path === '/404' ? '/404.html' : path);
  if (!file) throw new Error(`no file for ${path}`);
  return readFileSync(file, 'utf8');
}

test('every internal link and asset in the built site resolves, anchors included', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of builtPages()) {
    const html = htmlOf(page);
    const base = new URL(page, 'http://site.invalid');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = (match[1] ?? '').replaceAll('&amp;', '&');
      if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      const url = new URL(raw, base);
      if (url.host !== 'site.invalid') continue;
      checked++;
      const file = fileFor(url.pathname);
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
