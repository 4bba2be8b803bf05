/**
 * `npm run zim`, second half: packs the Kiwix build (`dist-zim/site/`, built with
 * KNS_TARGET=zim: relative links, no service worker) into `dist-zim/ky-nang-so.zim` with Debian's
 * zimwriterfs (package zim-tools), for Kiwix's apps and `kiwix-serve`. The README's "Không có
 * mạng: bản cho Kiwix" says how a trainer opens it.
 *
 * Run with Node ≥ 22.18 (it strips the types), as `npm run` does here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { ZIM_FILE, ZIM_SITE, zimMetadata, zimSkipped } from '../lib/zim/zim-metadata.ts';

const zimwriterfs = ['/usr/bin/zimwriterfs', '/usr/local/bin/zimwriterfs'].find((path) => existsSync(path));
if (!zimwriterfs) {
  console.error('zimwriterfs is missing. Install Debian’s zim-tools (as root: apt-get install zim-tools).');
  process.exit(1);
}
if (!existsSync(join(ZIM_SITE, 'index.html'))) {
  console.error(`${ZIM_SITE}/ has no site: build it first (npm run zim does both).`);
  process.exit(1);
}

// What only a web server uses: headers files, the service worker's lists, the 404 page (Kiwix
// answers missing pages itself), the page shown when the service worker finds no connection.
for (const path of zimSkipped) rmSync(join(ZIM_SITE, path), { recursive: true, force: true });

// Kiwix's library shows a 48×48 PNG for each file: the site's own icon.
const { illustration, args } = zimMetadata();
await sharp(join(ZIM_SITE, 'favicon.svg'), { density: 600 })
  .resize(48, 48)
  .flatten({ background: '#ffffff' })
  .png()
  .toFile(join(ZIM_SITE, illustration));

rmSync(ZIM_FILE, { force: true });
const started = performance.now();
const result = spawnSync(zimwriterfs, [...args, ZIM_SITE, ZIM_FILE], { stdio: ['ignore', 'pipe', 'inherit'] });
if (result.status !== 0 || !existsSync(ZIM_FILE)) {
  console.error(result.stdout?.toString());
  console.error(`zimwriterfs failed (exit ${result.status}).`);
  process.exit(1);
}
const size = (statSync(ZIM_FILE).size / 1024 / 1024).toFixed(1);
console.log(
  [
    `${ZIM_FILE}: ${size} MB, in ${Math.round(performance.now() - started)} ms.`,
    'Mở bằng ứng dụng Kiwix (Android, Windows, macOS, Linux), hoặc chia sẻ qua Wi-Fi:',
    `  kiwix-serve --nosearchbar --port 8080 ${ZIM_FILE}`,
  ].join('\n'),
);
