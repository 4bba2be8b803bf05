// npm run bench: how fast the site is to build, and how it feels on a cheap phone over a slow
// mobile network. Timings depend on the machine, so they are reported here and never asserted in
// a test; the tests assert byte budgets instead (tests/e2e/search.spec.ts).
//
// It builds the site into dist-bench/, serves it like a plain host, and drives Chromium:
// - "phone, 3G": the CPU slowed 4× and a 1.6 Mbit/s link with 150 ms latency (Chrome's "Fast 3G");
// - "laptop": no throttling, like a trainer's laptop at the cultural house.
// For each: a lesson's first load, the first search (the engine loads with it), and the time a
// search takes once the engine is there, over every query of the query table.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SEARCH_CASES } from '../e2e/search-queries.ts';

const PORT = 4340;
const SITE = `http://127.0.0.1:${PORT}`;
const OUT = 'dist-bench';
const LESSONS = [
  '/tt/quet-ma-vietqr/',
  '/dv/dang-ky-vneid-muc-1/',
  '/at/nhan-ra-cuoc-goi-tin-nhan-lua-dao/',
  '/tv/di-tung-nha/',
  '/bd/lam-quen-dien-thoai/',
];
const LABEL = 'Gõ điều bạn muốn tìm. Có dấu hay không dấu đều được.';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))] ?? Number.NaN;
const ms = (x) => `${Math.round(x)} ms`;

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('exit', (code) =>
      code === 0
        ? resolve({ out, time: performance.now() - started })
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${out}`)),
    );
  });
}

async function profile(browser, name, throttle) {
  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    const page = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    return { context, page };
  };

  // A lesson's first load, nothing cached: when its content is painted and when it is all in.
  const paint = [];
  const load = [];
  for (const path of LESSONS) {
    const { context, page } = await newPage();
    await page.goto(SITE + path, { waitUntil: 'load' });
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { load: nav.loadEventEnd, fcp: fcp?.startTime ?? Number.NaN };
    });
    paint.push(timing.fcp);
    load.push(timing.load);
    await context.close();
  }

  // The first search: from opening the dialog to seeing results, the engine downloaded on the way.
  const first = [];
  for (const query of ['lua dao', 'dinh danh', 'chuyen khoan']) {
    const { context, page } = await newPage();
    await page.goto(SITE + LESSONS[0], { waitUntil: 'load' });
    const started = Date.now();
    await page.getByRole('button', { name: 'Tìm bài học' }).click();
    await page.getByLabel(LABEL).fill(query);
    await page.getByLabel(LABEL).press('Enter');
    await page.locator('.kns-search-status', { hasText: `“${query}”` }).waitFor();
    first.push(Date.now() - started);
    await context.close();
  }

  // Each later search, the engine and most of the index already loaded (Enter skips the pause
  // the dialog waits while someone is still typing).
  const { context, page } = await newPage();
  await page.goto(SITE + LESSONS[0], { waitUntil: 'load' });
  await page.getByRole('button', { name: 'Tìm bài học' }).click();
  const later = [];
  for (const { query } of SEARCH_CASES) {
    await page.getByLabel(LABEL).fill(query);
    const started = Date.now();
    await page.getByLabel(LABEL).press('Enter');
    await page.locator('.kns-search-status', { hasText: `“${query.trim()}”` }).waitFor();
    later.push(Date.now() - started);
  }
  await context.close();

  return [
    [name, 'lesson: first content painted (median)', ms(median(paint))],
    [name, 'lesson: fully loaded (median)', ms(median(load))],
    [name, 'first search, engine included (median of 3)', ms(median(first))],
    [name, `later searches (median / p90 of ${later.length})`, `${ms(median(later))} / ${ms(p90(later))}`],
  ];
}

const rows = [];
rmSync(OUT, { recursive: true, force: true });
const build = await run('npx', ['astro', 'build'], { OUT_DIR: OUT, SITE_URL: SITE, ASTRO_TELEMETRY_DISABLED: '1' });
const index = build.out.match(/Search index: (\d+) pages in (\d+) ms/);
const pages = build.out.match(/(\d+) page\(s\) built/);
rows.push(['build', `whole build (${pages?.[1] ?? '?'} pages)`, ms(build.time)]);
if (index) rows.push(['build', `search index (${index[1]} pages)`, ms(Number(index[2]))]);

const server = spawn(process.execPath, ['tests/e2e/static-server.mjs', OUT, String(PORT)], { stdio: 'ignore' });
try {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
  });
  rows.push(...(await profile(browser, 'phone, 3G', true)));
  rows.push(...(await profile(browser, 'laptop', false)));
  await browser.close();
} finally {
  server.kill();
  rmSync(OUT, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r[1].length));
let group = '';
for (const [where, what, value] of rows) {
  if (where !== group) {
    group = where;
    console.log(`\n${group}`);
  }
  console.log(`  ${what.padEnd(width)}  ${value}`);
}
