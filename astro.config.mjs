// @ts-check
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import AutoImport from 'astro-auto-import';
import { offline } from './src/integrations/offline.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sourceVersion } from './src/lib/offline/offline-data.ts';
import { cspConfig } from './src/lib/security/csp.ts';
import { siteOptions } from './src/lib/settings/site-options.ts';
import { isShortPath, offlinePagePath } from './src/lib/urls/routes.ts';

const { site, base } = siteOptions();
// The same sources make the same build id: a redeploy that changes nothing leaves saved courses as they are.
const build = sourceVersion(process.cwd(), ['src', 'content', 'public', 'package-lock.json']);

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // A second build (e.g. for a base path) can go to its own folder: OUT_DIR=dist-base.
  outDir: process.env.OUT_DIR || 'dist',
  vite: { define: { 'import.meta.env.KNS_BUILD': JSON.stringify(build) } },
  // A strict Content-Security-Policy on every page (src/lib/security/csp.ts says what and why).
  security: { csp: cspConfig },
  integrations: [
    // Starlight's own sitemap, minus short links (they only redirect), the 404 and offline pages.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return !isShortPath(base, path) && !path.endsWith('/404/') && path !== offlinePagePath(base);
      },
    }),
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
    // Before the search index and the offline lists: they read the pages as finally written.
    securityHeaders(),
    searchIndex(),
    // After the search index: saved courses carry it (src/integrations/offline.ts).
    offline(),
    // Lessons use the lesson components without importing them: one less line to get wrong.
    // It must come after Starlight, which adds the MDX integration it hooks into.
    AutoImport({
      imports: [{ './src/components/lesson/index.ts': ['Steps', 'Warning', 'Tip', 'Example', 'TrainerNote', 'Fact', 'Screen'] }],
    }),
  ],
});
