// @ts-check
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import AutoImport from 'astro-auto-import';
import { lightPages } from './src/integrations/light-pages.ts';
import { offline } from './src/integrations/offline.ts';
import { quietBuild } from './src/integrations/quiet-build.ts';
import { relativeLinks } from './src/integrations/relative-links.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sourceVersion } from './src/lib/offline/offline-data.ts';
import { cspConfig } from './src/lib/security/csp.ts';
import { siteOptions } from './src/lib/settings/site-options.ts';
import { isShortPath, offlinePagePath } from './src/lib/urls/routes.ts';

// `npm run zim` builds the copy for Kiwix (src/hosting/build-zim.ts): base `/`, then every link
// made relative, since Kiwix serves the site under paths of its own; no service worker.
const zim = process.env.KNS_TARGET === 'zim';
const options = siteOptions();
const site = options.site;
const base = zim ? '/' : options.base;
// The same sources make the same build id: a redeploy that changes nothing leaves saved courses as they are.
const build = sourceVersion(process.cwd(), ['src', 'content', 'public', 'package-lock.json']);

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // No prefetching of links (Starlight turns it on for every link): on a phone with little data a
  // page is fetched when it is opened, and the site's one script stays one file (issue 22).
  prefetch: false,
  // A second build (e.g. for a base path) can go to its own folder: OUT_DIR=dist-base.
  outDir: process.env.OUT_DIR || 'dist',
  vite: {
    define: { 'import.meta.env.KNS_BUILD': JSON.stringify(build), 'import.meta.env.KNS_ZIM': JSON.stringify(zim) },
    // For Kiwix, scripts and stylesheets find the files they load relative to themselves.
    ...(zim ? { experimental: { renderBuiltUrl: () => ({ relative: true }) } } : {}),
  },
  // Lessons hold no code: no syntax highlighter (Shiki's inline styles would also break the policy).
  markdown: { syntaxHighlight: false },
  // A strict Content-Security-Policy on every page (src/lib/security/csp.ts says what and why).
  security: { csp: cspConfig },
  integrations: [
    // One script per page, and nothing of Starlight that the site does not use (issue 22).
    lightPages(),
    // A first build prints only what a person must act on (src/integrations/quiet-build.ts).
    quietBuild(),
    // A sitemap, minus short links (they only redirect), the 404 and offline pages. It needs the
    // site's address: without one (a first `npm start`) there is none, and the SITE_URL notice
    // (lib/settings/site-options.ts) already says what to set. Starlight adds a sitemap of its
    // own unless one is there: a stand-in of the same name keeps it from adding one that would
    // only warn that it has no address.
    site
      ? sitemap({
          filter: (page) => {
            const path = new URL(page).pathname;
            return !isShortPath(base, path) && !path.endsWith('/404/') && path !== offlinePagePath(base);
          },
        })
      : { name: '@astrojs/sitemap', hooks: {} },
    starlight({
      title: 'Kỹ năng số cho mọi nhà',
      description: 'Học dùng điện thoại để làm giấy tờ, mua bán, trả tiền và giữ an toàn trên mạng.',
      defaultLocale: 'root',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
      favicon: '/favicon.svg',
      // Lessons carry their own reviewed date; git history says nothing about a fact's age.
      lastUpdated: false,
      // No code blocks in lessons: skip Expressive Code's CSS and JS on every page.
      expressiveCode: false,
      // Our own 404 page suggests the lesson a mistyped short link meant (src/pages/404.astro).
      disable404Route: true,
      // The search index is built by src/integrations/search-index.ts, and searched by our own
      // dialog (components/starlight/Search.astro), which loads the engine only when opened.
      pagefind: false,
      customCss: ['./src/styles/site.css', './src/styles/reading.css'],
      routeMiddleware: './src/route-data.ts',
      components: {
        Footer: './src/components/starlight/Footer.astro',
        LastUpdated: './src/components/starlight/LastUpdated.astro',
        Head: './src/components/starlight/Head.astro',
        Search: './src/components/starlight/Search.astro',
        ThemeProvider: './src/components/starlight/ThemeProvider.astro',
        ThemeSelect: './src/components/starlight/ThemeSelect.astro',
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        MobileMenuToggle: './src/components/starlight/MobileMenuToggle.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
      },
    }),
    // For Kiwix, links made relative first: the policy's hashes and the index read the result.
    ...(zim ? [relativeLinks()] : []),
    // Before the search index and the offline lists: they read the pages as finally written.
    securityHeaders(),
    searchIndex({ fileUrls: zim }),
    // After the search index: saved courses carry it (src/integrations/offline.ts). A Kiwix copy
    // is already on the device: it has no service worker.
    ...(zim ? [] : [offline()]),
    // Lessons use the lesson components without importing them: one less line to get wrong.
    // It must come after Starlight, which adds the MDX integration it hooks into.
    AutoImport({
      imports: [{ './src/components/lesson/index.ts': ['Steps', 'Warning', 'Tip', 'Example', 'TrainerNote', 'Fact', 'Screen'] }],
    }),
  ],
});
