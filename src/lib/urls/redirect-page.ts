import { cspHash } from '../security/csp';

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/**
 * The page behind a permanent short link (`/tt3/`): a plain static redirect that works on any
 * host, in Vietnamese. Without JavaScript the meta refresh moves on; with it, `location.replace`
 * does (so "back" does not land here again) and keeps the `#` part; if neither runs, a link with
 * the lesson's title is there to tap. `noindex` keeps it out of search engines.
 */
export function redirectPage(options: { title: string; path: string; canonical: string; opening: string }): string {
  const title = escapeHtml(options.title);
  const path = escapeHtml(options.path);
  // The same script on every short link (it reads the address from the refresh line above it),
  // so one hash in the site's policy allows them all.
  const script =
    "var r=document.querySelector('meta[http-equiv=refresh]').content;location.replace(r.slice(r.indexOf('url=')+4)+location.hash)";
  const style = 'body{font:1.25rem/1.5 system-ui,sans-serif;margin:2rem 1rem;color:#111}a{color:#00545d}';
  // The site's policy, reduced to what this page holds: its one script and its one style.
  const policy = `default-src 'self'; object-src 'none'; base-uri 'self'; script-src ${cspHash(script)}; style-src ${cspHash(style)}`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(options.canonical)}">
<meta http-equiv="refresh" content="0; url=${path}">
<script>${script}</script>
<style>${style}</style>
</head>
<body>
<p>${escapeHtml(options.opening)}</p>
<p><a href="${path}">${title}</a></p>
</body>
</html>
`;
}
