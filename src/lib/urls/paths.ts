/** A base path (`/` or `/ky-nang-so`) with exactly one slash at its end. */
export const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/**
 * Joins a base path (`/` or `/ky-nang-so/`) and a site path without doubling slashes. The site's
 * own paths are named in routes.ts; this is what they are made with.
 */
export function joinBase(base: string, path: string): string {
  return `${withSlash(base)}${path.replace(/^\/+/, '')}`;
}

/** The absolute URL of a site path, or undefined without a site URL. */
export function absoluteUrl(siteUrl: string, path: string): string | undefined {
  if (!siteUrl) return undefined;
  return `${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
