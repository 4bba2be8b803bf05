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
