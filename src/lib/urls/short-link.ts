/** Printed links: how a link looks on paper and where it may wrap. */

/** The short link as printed under a QR code: without `https://`, easier to type. */
export function printedLink(link: string): string {
  return link.replace(/^https?:\/\//, '');
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
