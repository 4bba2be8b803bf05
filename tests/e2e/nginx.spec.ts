import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { BASE_DIST, BASE_PATH, saveCourse, waitUntilServing } from './helpers';

// The site behind Debian's real nginx, with the configuration file a province would use
// (src/hosting/nginx-ky-nang-so.conf): the site under /ky-nang-so/, its 404 page, headers from
// the build, caching and gzip. nginx runs on 127.0.0.1 with its config and logs in a temporary
// folder, and is stopped at the end.

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
const PORT = 4330;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SITE = `${ORIGIN}${BASE_PATH}`;

test.describe.configure({ mode: 'serial' });
let dir = '';
let nginx: ChildProcess | undefined;

test.beforeAll(async () => {
  expect(NGINX, 'nginx is installed (.ci/run installs Debian’s nginx)').toBeTruthy();
  dir = mkdtempSync(join(tmpdir(), 'kns-nginx-'));
  // nginx's workers run as an unprivileged user: they must be able to read the site.
  chmodSync(dir, 0o755);
  const www = join(dir, 'www');
  mkdirSync(join(www, 'ky-nang-so'), { recursive: true });
  cpSync(resolve(BASE_DIST), join(www, 'ky-nang-so'), { recursive: true });
  const snippet = readFileSync('src/hosting/nginx-ky-nang-so.conf', 'utf8').replaceAll('/var/www', www);
  writeFileSync(join(dir, 'ky-nang-so.conf'), snippet);
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log ${dir}/access.log;
  default_type application/octet-stream;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${PORT};
    server_name localhost;
    include ${dir}/ky-nang-so.conf;
  }
}
`,
  );
  execFileSync(NGINX ?? 'nginx', ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  nginx = spawn(NGINX ?? 'nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  await waitUntilServing(SITE, 'nginx', join(dir, 'error.log'));
});

test.afterAll(() => {
  nginx?.kill('SIGQUIT');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('serves every page with the security headers from the build', async ({ request }) => {
  for (const path of ['', 'tt/', 'tt/quet-ma-vietqr/', 'in/tt3/', 'trinh-chieu/tt3/', 'tap-thu/chuyen-tien/']) {
    const response = await request.get(`${SITE}${path}`);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-type'], path).toContain('text/html');
    expect(headers['content-security-policy'], path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'self'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
});

test('a short link leads to its lesson, and a mistyped one gets the site’s 404 page that guesses it', async ({ page }) => {
  await page.goto(`${SITE}tt3/`);
  await expect(page).toHaveURL(`${SITE}tt/quet-ma-vietqr/`);
  const missing = await page.goto(`${SITE}tt33/`);
  expect(missing?.status()).toBe(404);
  expect(missing?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main')).toContainText('tt3');
});

test('hashed files are cached for a year, the worker and the offline list never, text is gzipped', async ({ request }) => {
  const html = await (await request.get(`${SITE}tt/`)).text();
  const asset = /\/ky-nang-so\/_astro\/[^"]+\.(css|js)/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  const cached = await request.get(`${ORIGIN}${asset}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(cached.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(cached.headers()['content-encoding']).toBe('gzip');
  expect(cached.headers()['content-security-policy']).toBeTruthy();
  for (const path of ['sw.js', 'offline.json']) {
    const response = await request.get(`${SITE}${path}`);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
  }
  const page = await request.get(`${SITE}tt/quet-ma-vietqr/`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(page.headers()['content-encoding']).toBe('gzip');
  expect((await request.get(`${SITE}manifest.webmanifest`)).headers()['content-type']).toContain('application/manifest+json');
  expect((await request.get(`${SITE}_headers`)).status()).toBe(404);
  expect((await request.get(`${SITE}_headers.nginx`)).status()).toBe(404);
  expect((await request.get(`${SITE}.htaccess`)).status()).toBe(404);
});

test.describe('saving a course through nginx', () => {
  test.use({ serviceWorkers: 'allow' });
  test('saves, then opens offline', async ({ page, context }) => {
    await saveCourse(page, `${SITE}tt/`);
    await context.setOffline(true);
    const response = await page.goto(`${SITE}tt/quet-ma-vietqr/`);
    expect(response?.status()).toBe(200);
    await expect(page).not.toHaveTitle(/^Không có mạng/);
    await context.setOffline(false);
  });
});
