import type { APIRoute, GetStaticPaths } from 'astro';
import { getLessons, type LessonEntry } from '../../lib/content/collection';
import { getSettings } from '../../lib/settings/load-settings';
import { absoluteUrl } from '../../lib/urls/paths';
import { redirectPage } from '../../lib/urls/redirect-page';
import { lessonPath } from '../../lib/urls/routes';

/**
 * Permanent short links: `/tt3/` for the lesson with code tt3, printed under every QR code.
 * An endpoint rather than a page, so the file is only the small redirect page, without the
 * site's styles and scripts; it stays out of the search index (no Pagefind body) and out of the
 * sitemap (astro.config.mjs). Course pages (`/tt/`) share the path segment but never a value.
 */
export const getStaticPaths = (async () =>
  (await getLessons()).map((lesson) => ({ params: { code: lesson.data.code }, props: { lesson } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lesson: LessonEntry }> = ({ props, locals }) => {
  const path = lessonPath(import.meta.env.BASE_URL, props.lesson.id);
  const html = redirectPage({
    title: props.lesson.data.title,
    path,
    canonical: absoluteUrl(getSettings().siteUrl, path) ?? path,
    opening: locals.t('kns.short.opening'),
  });
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
