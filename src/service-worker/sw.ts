/// <reference lib="webworker" />
/**
 * The service worker, bundled after the build by src/integrations/offline.ts (Workbox injects
 * the precache list). What it does, in the order its routes are tried:
 *
 * - pages: the network first (4 s at most), then any cache (a page visited, a saved course, the
 *   precached shell), then the site's own offline page: never the browser's error page;
 * - the precached shell (styles, the scripts every page runs, home, progress, tally, offline
 *   page, 404): from the precache, updated when a new build is deployed;
 * - hashed files (scripts, styles, search index parts): from any cache first, they never change;
 * - anything else of the site (Pagefind's engine and entry, icons, offline.json): the network
 *   first, a cached copy when there is none.
 *
 * Saved courses are written by the pages (lib/offline/save.ts), each in a cache of its own, and
 * saved again here when a page says a new version took over (lib/offline/refresh.ts).
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ASSETS_CACHE, outdatedCaches, PAGES_CACHE } from '../lib/offline/names';
import { refreshSaved } from '../lib/offline/refresh';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};
/** Set by the bundler: the offline page and the course list, relative to the scope. */
declare const KNS_OFFLINE_PAGE: string;
declare const KNS_OFFLINE_DATA: string;

const scope = self.registration.scope;
const offlinePage = new URL(KNS_OFFLINE_PAGE, scope).href;
const NETWORK_TIMEOUT_SECONDS = 4;

/** Any cache of the site: a saved course, the precache (whatever its revision parameter), pages read. */
const lookEverywhere: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, request }) =>
    cachedResponse ?? (await caches.match(request, { ignoreSearch: true, ignoreVary: true })) ?? null,
};

const offlineFallback: WorkboxPlugin = {
  handlerDidError: async ({ request }) =>
    (await caches.match(request, { ignoreSearch: true, ignoreVary: true })) ??
    (await matchPrecache(offlinePage)) ??
    Response.error(),
};

// Workbox's own plugin, typed without `exactOptionalPropertyTypes`.
const expire = (maxEntries: number) => new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true }) as unknown as WorkboxPlugin;

const inScope = (url: URL) => url.origin === self.location.origin && url.href.startsWith(scope);
const path = (url: URL) => url.href.slice(scope.length);
const HASHED = /^(?:_astro\/|pagefind\/(?:index|fragment|filter)\/|pagefind\/[^/]+\.pf_meta$)/;

self.addEventListener('install', () => {
  void self.skipWaiting();
});
clientsClaim();
cleanupOutdatedCaches();
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(outdatedCaches(names).map((name) => caches.delete(name)))));
});

// A page saw a new version take over: save again, in the background, the courses that changed.
self.addEventListener('message', (event) => {
  if (event.data !== 'kns-refresh') return;
  event.waitUntil(refreshSaved(scope, new URL(KNS_OFFLINE_DATA, scope).href, { caches, fetch: (...args) => fetch(...args) }));
});

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && inScope(url),
  new NetworkFirst({
    cacheName: PAGES_CACHE,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [lookEverywhere, expire(80), offlineFallback],
  }),
);

precacheAndRoute(self.__WB_MANIFEST);

registerRoute(
  ({ url }) => inScope(url) && HASHED.test(path(url)),
  new CacheFirst({ cacheName: ASSETS_CACHE, plugins: [lookEverywhere, expire(300)] }),
);

registerRoute(
  ({ url }) => inScope(url) && !url.pathname.endsWith('/sw.js'),
  new NetworkFirst({
    cacheName: ASSETS_CACHE,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [lookEverywhere, expire(300)],
  }),
);
