import { absoluteUrl, joinBase } from './paths';

/** The permanent short path of a lesson: `/tt3/` (with the base path in front). */
export function shortPath(base: string, code: string): string {
  return joinBase(base, `${code}/`);
}

/** The absolute short link a QR code encodes, or undefined when no site URL is set. */
export function shortLink(siteUrl: string, base: string, code: string): string | undefined {
  return absoluteUrl(siteUrl, shortPath(base, code));
}

/** The short link as printed under a QR code: without `https://`, easier to type. */
export function printedLink(link: string): string {
  return link.replace(/^https?:\/\//, '');
}

/** Whether a site path is a short link (`/tt3/`, `/ky-nang-so/tt3/`). */
export function isShortPath(base: string, path: string): boolean {
  const b = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(b) && /^[a-z]{2}[1-9][0-9]{0,2}\/?$/.test(path.slice(b.length));
}

/**
 * A printed link in the pieces it may wrap between: the host, cut at the dots of a name (an
 * address such as `127.0.0.1:4322` stays whole), and the last part of the path (`/tt3/`), which
 * is never cut: “127.0.0 / .1:4322/tt3/” on a slide was unreadable.
 */
export function printedParts(shown: string): { host: string[]; path: string } {
  const cut = shown.indexOf('/') === -1 ? shown.length : shown.lastIndexOf('/', shown.length - 2);
  const host = shown.slice(0, Math.max(cut, 0));
  const path = shown.slice(Math.max(cut, 0));
  return { host: /^[\d.:]+$/.test(host) ? [host] : host.split('.'), path };
}
