// npm run bench: how fast the site is to build, and how it feels on a cheap phone over a slow
// mobile network, beside a bare Starlight site with the same lesson texts. Timings depend on the
// machine, so they are reported here and never asserted in a test; the tests assert byte and
// request budgets instead (tests/e2e/page-weight.spec.ts, search.spec.ts).
//
// Everything below is measured in one run on one machine:
// 1. this site and bare Starlight (tests/bench/catalogue.mjs), each built, served like a plain
//    host and opened in Chromium on a throttled phone (CPU slowed 4×, 1.6 Mbit/s, 150 ms latency:
//    Chrome's "Fast 3G") at 360×740, nothing cached: a lesson's first load in bytes (as a host
//    sends them, gzip) and requests, first contentful paint and interactive (medians of RUNS);
//    build time and a lesson page's HTML;
// 2. both again with a synthetic catalogue of 500 lessons (the real ones copied under new codes):
//    build time and a lesson page's HTML;
// 3. this site's search: the first search (the engine loads with it) and later ones, on the phone
//    and on a laptop (no throttling, like a trainer's at the cultural house);
// 4. Lighthouse (its mobile defaults) on one page of each kind: the four scores and the layout shift.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { SEARCH_CASES } from '../e2e/search-queries.ts';
import { BENCH_DIR, bareStarlight, lessonFiles, siteCopy, syntheticLessons } from './catalogue.mjs';

const PORT = 4340;
const SITE = `http://127.0.0.1:${PORT}`;
const BARE_PORT = 4341;
const OUT = 'dist-bench';
/** A lesson both sites have, at the same address. */
const LESSON = '/tt/quet-ma-vietqr/';
const RUNS = 5;
/** Astro's command, from this project's packages, for every site built here. */
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const SYNTHETIC = 500;
const LABEL = 'Gõ điều bạn muốn tìm. Có dấu hay không dấu đều được.';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))] ?? Number.NaN;
const ms = (x) => `${Math.round(x)} ms`;
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;
const seconds = (x) => `${(x / 1000).toFixed(1)} s`;
const transferred = (body) => Math.min(body.length, gzipSync(body).length);

function run(command, args, { cwd = '.', env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    child.on('exit', (code) =>
      code === 0
        ? resolve({ out, time: performance.now() - started })
        : reject(new Error(`${command} ${args.join(' ')} in ${cwd} exited with ${code}\n${out.slice(-4000)}`)),
    );
  });
}

/** Builds the site in `cwd` into `outDir` (relative to it): how long it took. */
async function build(cwd, outDir, env = {}) {
  console.error(`building ${cwd} …`);
  rmSync(join(cwd, outDir), { recursive: true, force: true });
  return (await run(process.execPath, [ASTRO, 'build'], { cwd, env: { OUT_DIR: outDir, ...env } })).time;
}

/** A lesson page's HTML as built: bytes, and bytes as a host sends them. */
function html(dir) {
  const body = readFileSync(join(dir, LESSON, 'index.html'));
  return { raw: body.length, gzip: transferred(body) };
}

function serve(dir, port) {
  return spawn(process.execPath, ['tests/e2e/static-server.mjs', dir, String(port)], {
    stdio: 'ignore',
    env: { ...process.env, GZIP: '1' },
  });
}

async function newPage(browser, throttle) {
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
}

/**
 * A lesson's first load on the phone, nothing cached: bytes and requests until the network is
 * quiet; first contentful paint; and "interactive": when the page's scripts have run (the end of
 * DOMContentLoaded, which waits for module scripts) and no long task (over 50 ms) has run since,
 * Lighthouse's idea without its five-second window.
 */
async function phoneLoad(browser, origin) {
  const { context, page } = await newPage(browser, true);
  await page.addInitScript(() => {
    window.knsLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.knsLongTasks.push(entry.startTime + entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const bodies = [];
  page.on('response', (response) => bodies.push(response.body().then(transferred, () => 0)));
  await page.goto(origin + LESSON, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { fcp: fcp?.startTime ?? Number.NaN, interactive: Math.max(nav.domContentLoadedEventEnd, ...window.knsLongTasks) };
  });
  const sizes = await Promise.all(bodies);
  await context.close();
  return { bytes: sizes.reduce((sum, n) => sum + n, 0), requests: sizes.length, ...timing };
}

async function phoneLoads(browser, origin) {
  const loads = [];
  for (let i = 0; i < RUNS; i++) loads.push(await phoneLoad(browser, origin));
  const pick = (key) => median(loads.map((load) => load[key]));
  return { bytes: pick('bytes'), requests: pick('requests'), fcp: pick('fcp'), interactive: pick('interactive') };
}

/** This site's search: the first one (engine included) and the later ones. */
async function searchTimes(browser, throttle) {
  const first = [];
  for (const query of ['lua dao', 'dinh danh', 'chuyen khoan']) {
    const { context, page } = await newPage(browser, throttle);
    await page.goto(SITE + LESSON, { waitUntil: 'load' });
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
  const { context, page } = await newPage(browser, throttle);
  await page.goto(SITE + LESSON, { waitUntil: 'load' });
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
  return { first: median(first), later: median(later), later90: p90(later), count: later.length };
}

/** One page of each kind, for Lighthouse. */
const KINDS = [
  ['lesson', LESSON],
  ['home', '/'],
  ['course', '/tt/'],
  ['handout', '/in/tt3/'],
  ['slides', '/trinh-chieu/tt3/'],
  ['practice', '/tap-thu/quet-ma-vietqr/'],
  ['progress', '/tien-do/'],
  ['tally', '/so-theo-doi/'],
];

/** Lighthouse's four scores (0–100) and its cumulative layout shift, per page kind, mobile. */
async function lighthouseScores(chromePath) {
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const scores = [];
    for (const [kind, path] of KINDS) {
      const result = await lighthouse(SITE + path, { port: chrome.port, logLevel: 'error', output: 'json' });
      const categories = result?.lhr.categories ?? {};
      const score = (name) => Math.round((categories[name]?.score ?? 0) * 100);
      scores.push({
        kind,
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        practices: score('best-practices'),
        seo: score('seo'),
        cls: result?.lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      });
    }
    return scores;
  } finally {
    chrome.kill();
  }
}

const lessons = lessonFiles();
const synthetic = syntheticLessons(lessons, SYNTHETIC);
rmSync(BENCH_DIR, { recursive: true, force: true });

// 1. The real catalogue: this site (built from the project itself) and bare Starlight.
const siteBuild = await build('.', OUT, { SITE_URL: SITE });
const bareDir = bareStarlight('bare', lessons);
const bareBuild = await build(bareDir, 'dist');
const siteHtml = html(OUT);
const bareHtml = html(join(bareDir, 'dist'));

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
});
const chromiumVersion = browser.version();
const servers = [serve(OUT, PORT), serve(join(bareDir, 'dist'), BARE_PORT)];
let site;
let bare;
let phoneSearch;
let laptopSearch;
let scores = [];
try {
  await new Promise((resolve) => setTimeout(resolve, 500));
  console.error('measuring first loads …');
  site = await phoneLoads(browser, SITE);
  bare = await phoneLoads(browser, `http://127.0.0.1:${BARE_PORT}`);
  console.error('measuring search …');
  phoneSearch = await searchTimes(browser, true);
  laptopSearch = await searchTimes(browser, false);
  console.error('running Lighthouse …');
  scores = await lighthouseScores(executablePath);
} finally {
  for (const server of servers) server.kill();
  await browser.close();
}

// 2. A catalogue of 500 lessons for both.
const bigSiteDir = siteCopy(`site-${SYNTHETIC}`, synthetic);
const bigSiteBuild = await build(bigSiteDir, 'dist');
const bigBareDir = bareStarlight(`bare-${SYNTHETIC}`, synthetic);
const bigBareBuild = await build(bigBareDir, 'dist');
const bigSiteHtml = html(join(bigSiteDir, 'dist'));
const bigBareHtml = html(join(bigBareDir, 'dist'));
rmSync(OUT, { recursive: true, force: true });
rmSync(BENCH_DIR, { recursive: true, force: true });

const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const rows = [
  [`Lesson page, first load on the phone (median of ${RUNS})`, kb(site.bytes), kb(bare.bytes), ratio(site.bytes, bare.bytes)],
  ['… requests', String(site.requests), String(bare.requests), ratio(site.requests, bare.requests)],
  ['… first contentful paint', ms(site.fcp), ms(bare.fcp), ratio(site.fcp, bare.fcp)],
  ['… interactive', ms(site.interactive), ms(bare.interactive), ratio(site.interactive, bare.interactive)],
  [`Build, ${lessons.length} lessons`, seconds(siteBuild), seconds(bareBuild), ratio(siteBuild, bareBuild)],
  [
    `Lesson page HTML, ${lessons.length} lessons (gzip)`,
    `${kb(siteHtml.raw)} (${kb(siteHtml.gzip)})`,
    `${kb(bareHtml.raw)} (${kb(bareHtml.gzip)})`,
    ratio(siteHtml.raw, bareHtml.raw),
  ],
  [`Build, ${SYNTHETIC} lessons`, seconds(bigSiteBuild), seconds(bigBareBuild), ratio(bigSiteBuild, bigBareBuild)],
  [
    `Lesson page HTML, ${SYNTHETIC} lessons (gzip)`,
    `${kb(bigSiteHtml.raw)} (${kb(bigSiteHtml.gzip)})`,
    `${kb(bigBareHtml.raw)} (${kb(bigBareHtml.gzip)})`,
    ratio(bigSiteHtml.raw, bigBareHtml.raw),
  ],
  ['First search, engine included (phone / laptop, median of 3)', `${ms(phoneSearch.first)} / ${ms(laptopSearch.first)}`, '', ''],
  [
    `Later searches, median / p90 of ${phoneSearch.count} (phone)`,
    `${ms(phoneSearch.later)} / ${ms(phoneSearch.later90)}`,
    '',
    '',
  ],
  [
    `Later searches, median / p90 of ${laptopSearch.count} (laptop)`,
    `${ms(laptopSearch.later)} / ${ms(laptopSearch.later90)}`,
    '',
    '',
  ],
];

const cpu = cpus();
console.log(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu[0]?.model ?? 'an unknown CPU'} (${cpu.length} cores), Node ${process.version}, Chromium ${chromiumVersion}.\n`,
);
console.log('| | This site | Bare Starlight | Ratio |');
console.log('|---|---:|---:|---:|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log('\nLighthouse (mobile), this site:\n');
console.log('| Page | Performance | Accessibility | Best practices | SEO | Layout shift |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const s of scores)
  console.log(
    `| ${s.kind} (\`${s.path}\`) | ${s.performance} | ${s.accessibility} | ${s.practices} | ${s.seo} | ${s.cls.toFixed(3)} |`,
  );
