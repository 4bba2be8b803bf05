import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build as bundle } from 'esbuild';
import sharp from 'sharp';
import { injectManifest } from 'workbox-build';
import { fileOf, offlineData } from '../lib/offline/offline-data';
import { BACKGROUND_COLOR, ICONS } from '../lib/offline/web-manifest';
import { withSlash } from '../lib/urls/paths';
import {
  homePath,
  offlineDataPath,
  offlinePagePath,
  progressPath,
  savedCoursesPath,
  tallyPath,
  visitChecklistPath,
} from '../lib/urls/routes';

/** The course outline the build writes at `offline.json` (src/pages/offline.json.ts), before sizes. */
interface Outline {
  build: string;
  courses: { id: string; title: string; lessons: { id: string; code: string }[]; flows: { id: string; steps: number }[] }[];
}

/** Pages every visitor can open offline once the service worker is installed (a few KB each). */
const SHELL_PAGES = (base: string) => [
  homePath(base),
  offlinePagePath(base),
  progressPath(base),
  tallyPath(base),
  visitChecklistPath(base),
  savedCoursesPath(base),
];

/** The `_astro/` files a page loads at once, and what those import in turn (not lazy imports). */
function assetsOf(dist: string, base: string, html: string): Set<string> {
  const found = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="([^"]*\/_astro\/[^"]+)"/g)].map((m) => m[1] ?? '');
  while (queue.length > 0) {
    const url = queue.pop() ?? '';
    if (found.has(url) || !url.startsWith(`${base}_astro/`)) continue;
    found.add(url);
    if (!url.endsWith('.js')) continue;
    const code = readFileSync(fileOf(dist, base, url), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) queue.push(`${base}_astro/${m[1]}`);
  }
  return found;
}

/**
 * After the build (and after the search index, which saved courses carry): the app icons drawn
 * from `public/favicon.svg`, `offline.json` with every course's files and size, and the service
 * worker (src/service-worker/sw.ts), bundled with esbuild and given its precache list by
 * Workbox's injectManifest, the well-kept tool for exactly this: revisioned precaching, and
 * old entries removed when a new build is deployed.
 */
export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'kns-offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withSlash(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const svg = readFileSync(join(dist, 'favicon.svg'));
        mkdirSync(join(dist, 'icons'), { recursive: true });
        for (const icon of ICONS) {
          const out = join(dist, icon.file);
          if (icon.purpose === 'maskable') {
            // A maskable icon fills its square: the phone crops a circle or a rounded square
            // from the middle 80 %, so the drawing sits in the middle 60 % on the site's colour.
            const inner = Math.round(icon.size * 0.6);
            const drawing = await sharp(svg, { density: 1200 }).resize(inner, inner).png().toBuffer();
            await sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: '#00616b' } })
              .composite([{ input: drawing, gravity: 'center' }])
              .png()
              .toFile(out);
          } else {
            await sharp(svg, { density: 1200 })
              .resize(icon.size, icon.size)
              .flatten({ background: BACKGROUND_COLOR })
              .png()
              .toFile(out);
          }
        }

        const dataFile = fileOf(dist, base, offlineDataPath(base));
        const outline = JSON.parse(readFileSync(dataFile, 'utf8')) as Outline;
        const data = offlineData(dist, base, outline.build, outline.courses);
        writeFileSync(dataFile, JSON.stringify(data));

        const shell = new Set<string>();
        for (const page of SHELL_PAGES(base)) {
          shell.add(page);
          for (const asset of assetsOf(dist, base, readFileSync(fileOf(dist, base, page), 'utf8'))) shell.add(asset);
        }
        const relative = (url: string) =>
          fileOf(dist, base, url)
            .slice(dist.length)
            .replace(/^[/\\]/, '');
        const swSource = join(dist, 'sw.src.js');
        await bundle({
          entryPoints: [fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url))],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2020',
          outfile: swSource,
          define: {
            KNS_OFFLINE_PAGE: JSON.stringify(offlinePagePath('/').slice(1)),
            KNS_OFFLINE_DATA: JSON.stringify(offlineDataPath('/').slice(1)),
            'process.env.NODE_ENV': '"production"',
          },
          logLevel: 'warning',
        });
        try {
          const result = await injectManifest({
            swSrc: swSource,
            swDest: join(dist, 'sw.js'),
            globDirectory: dist,
            globPatterns: [...shell]
              .map(relative)
              .concat(['404.html', 'favicon.svg', 'manifest.webmanifest', 'icons/icon-192.png']),
            // Hashed names change with their content: no revision needed.
            dontCacheBustURLsMatching: /_astro\//,
            modifyURLPrefix: { '': base },
            // Pages by their address (`/tien-do/`), as a reader asks for them, not `index.html`.
            manifestTransforms: [
              async (entries) => ({
                manifest: entries.map((entry) => ({ ...entry, url: entry.url.replace(/(^|\/)index\.html$/, '$1') })),
                warnings: [],
              }),
            ],
          });
          for (const warning of result.warnings) logger.warn(warning);
          const kb = Math.round(result.size / 1024);
          const saved = data.courses.map((c) => `${c.id} ${Math.round(c.bytes / 1e5) / 10} MB`).join(', ');
          logger.info(`Offline: ${result.count} files precached (${kb} KB); courses to save: ${saved}.`);
        } finally {
          rmSync(swSource, { force: true });
        }
      },
    },
  };
}
