import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { BASE_DIST, BASE_PATH, waitUntilServing } from './helpers';

// The site in a folder of an Apache server, as on a commune's existing portal: only the
// `.htaccess` the build wrote (src/lib/security/csp.ts) gives it its 404 page, headers, caching
// and compression. Debian's apache2 runs on 127.0.0.1 with a minimal config in a temporary folder.

const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
const PORT = 4331;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SITE = `${ORIGIN}${BASE_PATH}`;

test.describe.configure({ mode: 'serial' });
let dir = '';
let apache: ChildProcess | undefined;

test.beforeAll(async () => {
  expect(existsSync(APACHE), 'apache2 is installed (.ci/run installs Debian’s apache2)').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'kns-apache-'));
  // Apache's workers run as an unprivileged user: they must be able to read the site.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'www', 'ky-nang-so'), { recursive: true });
  cpSync(resolve(BASE_DIST), join(dir, 'www', 'ky-nang-so'), { recursive: true });
  const modules = ['mpm_event', 'authz_core', 'authz_host', 'mime', 'dir', 'headers', 'filter', 'deflate'];
  writeFileSync(
    join(dir, 'httpd.conf'),
    [
      `ServerRoot "${dir}"`,
      `PidFile "${dir}/httpd.pid"`,
      `ErrorLog "${dir}/error.log"`,
      `Listen 127.0.0.1:${PORT}`,
      'ServerName localhost',
      'User nobody',
      'Group nogroup',
      ...modules.map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`),
      'TypesConfig /etc/mime.types',
      `DocumentRoot "${dir}/www"`,
      `<Directory "${dir}/www">`,
      '  AllowOverride FileInfo Indexes AuthConfig',
      '  Require all granted',
      '</Directory>',
      '',
    ].join('\n'),
  );
  apache = spawn(APACHE, ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'], { stdio: 'ignore' });
  await waitUntilServing(SITE, 'apache', join(dir, 'error.log'));
});

test.afterAll(() => {
  apache?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the .htaccess gives every page the security headers, and the 404 page to a mistyped link', async ({ request, page }) => {
  for (const path of ['', 'tt/quet-ma-vietqr/', 'tap-thu/chuyen-tien/']) {
    const headers = (await request.get(`${SITE}${path}`)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'self'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
  }
  const missing = await page.goto(`${SITE}tt33/`);
  expect(missing?.status()).toBe(404);
  await expect(page.locator('main')).toContainText('tt3');
  for (const hidden of ['.htaccess', '_headers', '_headers.nginx'])
    expect((await request.get(`${SITE}${hidden}`)).status(), hidden).toBeGreaterThanOrEqual(403);
});

test('hashed files are cached for a year, the worker never, and text is compressed', async ({ request }) => {
  const html = await (await request.get(`${SITE}tt/`)).text();
  const asset = /\/ky-nang-so\/_astro\/[^"]+\.css/.exec(html)?.[0];
  const cached = await request.get(`${ORIGIN}${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(cached.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(cached.headers()['content-encoding']).toBe('gzip');
  expect((await request.get(`${SITE}sw.js`)).headers()['cache-control']).toBe('no-cache');
  expect((await request.get(`${SITE}manifest.webmanifest`)).headers()['content-type']).toContain('application/manifest+json');
});
