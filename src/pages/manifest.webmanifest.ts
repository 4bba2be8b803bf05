import type { APIRoute } from 'astro';
import { webManifest } from '../lib/offline/web-manifest';

/** The web app manifest (lib/offline/web-manifest.ts), for the base path this build is for. */
export const GET: APIRoute = ({ locals }) => {
  const manifest = webManifest(import.meta.env.BASE_URL, {
    name: locals.t('kns.home.title'),
    shortName: locals.t('kns.offline.appShortName'),
    description: locals.t('kns.home.tagline'),
  });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
