import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy, given to Astro (`security.csp`), which writes it in a
 * `<meta http-equiv>` on every page with the hashes of the scripts and styles it renders.
 * Nothing outside the site may load: scripts only from the site or by hash (never
 * 'unsafe-inline' or 'unsafe-eval'; 'wasm-unsafe-eval' because Pagefind's search runs as
 * WebAssembly), no plugins, no `<base>` elsewhere, forms only to the site.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "frame-src 'self'",
] as const;

export const cspConfig = {
  algorithm: 'SHA-256' as const,
  directives: [...CSP_DIRECTIVES],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  // Starlight sets CSS variables in `style` attributes (icon sizes, sidebar depth): attributes
  // only, never `<style>` elements, which are hashed.
  styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }] },
};

/** The SHA-256 source expression of a script's or style's text, as CSP writes it. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;

/**
 * A built page's CSP made exact: Astro writes hashes for everything it bundles (files included,
 * which 'self' already allows) and leaves out the inline scripts it passes through as written
 * (Starlight's theme and sidebar scripts, our first-paint script). Here each page's script-src and
 * style-src list the hashes of exactly the inline scripts and styles the page holds, so nothing
 * inline runs unless it is what was built, and the policy costs a phone as little as it can. The
 * `<meta>` moves to the top of `<head>`, before the first script. Returns the page and those
 * hashes (for a site-wide header).
 */
export function completeCsp(html: string): { html: string; scripts: string[]; styles: string[] } {
  const unique = (list: string[]) => [...new Set(list)];
  const scripts = unique(
    [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .filter((m) => !/type="application\/(ld\+)?json"/.test(m[0]))
      .map((m) => cspHash(m[1] ?? '')),
  );
  const styles = unique([...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => cspHash(m[1] ?? '')));
  const meta = CSP_META.exec(html);
  if (!meta) return { html, scripts, styles };
  const exact = (directive: string, hashes: string[]) => (text: string) =>
    text.replace(new RegExp(`${directive} [^;]*`), (found) =>
      [...found.split(' ').filter((source) => !source.startsWith("'sha")), ...hashes].join(' '),
    );
  const policy = exact('style-src', styles)(exact('script-src', scripts)(meta[1] ?? ''));
  // A policy in a `<meta>` covers only what comes after it: it goes first, after the charset.
  const moved = html.replace(meta[0], '');
  const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(moved);
  const at = charset ? charset.index + charset[0].length : moved.indexOf('<head>') + '<head>'.length;
  const tag = `<meta http-equiv="content-security-policy" content="${policy}">`;
  return { html: `${moved.slice(0, at)}${tag}${moved.slice(at)}`, scripts, styles };
}

/** Headers a `<meta>` cannot carry, sent with every page by a host that reads `_headers` or nginx. */
export const SECURITY_HEADERS = {
  // No page of the site may be framed by another site.
  frameAncestors: "frame-ancestors 'self'",
  'X-Content-Type-Options': 'nosniff',
  // Residents' visits stay private: no address is sent to the sites a lesson links to.
  'Referrer-Policy': 'no-referrer',
  // What the site never uses is turned off; slides may go full screen.
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), fullscreen=(self)',
} as const;

/** The site-wide policy as a header: the directives, every hash any page needs, and frame-ancestors. */
export function cspHeader(scripts: Iterable<string>, styles: Iterable<string>): string {
  const unique = (list: Iterable<string>) => [...new Set(list)].sort().join(' ');
  return [
    ...CSP_DIRECTIVES,
    `script-src 'self' 'wasm-unsafe-eval' ${unique(scripts)}`.trim(),
    `style-src 'self' ${unique(styles)}`.trim(),
    "style-src-attr 'unsafe-inline'",
    SECURITY_HEADERS.frameAncestors,
  ].join('; ');
}

/**
 * `_headers` for Netlify and Cloudflare Pages: the security headers on every path under the base,
 * hashed build files cached for a year, and the service worker and the offline list always
 * checked again (a new build reaches readers on their next visit).
 */
export function headersFile(base: string, policy: string): string {
  const { frameAncestors: _, ...headers } = SECURITY_HEADERS;
  const lines = [
    `${base}*`,
    `  Content-Security-Policy: ${policy}`,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${base}sw.js`,
    '  Cache-Control: no-cache',
    `${base}offline.json`,
    '  Cache-Control: no-cache',
  ];
  return `${lines.join('\n')}\n`;
}

/** The same headers for nginx (`dist/_headers.nginx`, included by src/hosting/nginx-ky-nang-so.conf). */
export function nginxHeaders(policy: string): string {
  const { frameAncestors: _, ...headers } = SECURITY_HEADERS;
  const quote = (value: string) => `"${value.replaceAll('"', '\\"')}"`;
  const all: [string, string][] = [['Content-Security-Policy', policy], ...Object.entries(headers)];
  return `${all.map(([name, value]) => `add_header ${name} ${quote(value)} always;`).join('\n')}\n`;
}

/**
 * `.htaccess` for Apache (a province's server, or a folder on a commune's existing portal): the
 * 404 page, the same headers, caching and compression, when the server's modules allow them.
 */
export function htaccessFile(base: string, policy: string): string {
  const { frameAncestors: _, ...headers } = SECURITY_HEADERS;
  const quote = (value: string) => `"${value.replaceAll('"', '\\"')}"`;
  return `${[
    '# Written by the build (src/lib/security/csp.ts). Needs AllowOverride FileInfo Indexes.',
    `ErrorDocument 404 ${base}404.html`,
    'DirectoryIndex index.html',
    'AddType application/manifest+json .webmanifest',
    'AddType application/wasm .wasm',
    'AddDefaultCharset utf-8',
    '<IfModule mod_headers.c>',
    `  Header always set Content-Security-Policy ${quote(policy)}`,
    ...Object.entries(headers).map(([name, value]) => `  Header always set ${name} ${quote(value)}`),
    '  <FilesMatch "\\.(js|css)$">',
    '    Header set Cache-Control "public, max-age=31536000, immutable"',
    '  </FilesMatch>',
    '  <FilesMatch "^(sw\\.js|offline\\.json)$">',
    '    Header set Cache-Control "no-cache"',
    '  </FilesMatch>',
    '</IfModule>',
    '<IfModule mod_deflate.c>',
    '  AddOutputFilterByType DEFLATE text/html text/css text/javascript application/javascript application/json application/manifest+json image/svg+xml',
    '</IfModule>',
    '<FilesMatch "^(\\.htaccess|_headers|_headers\\.nginx)$">',
    '  Require all denied',
    '</FilesMatch>',
  ].join('\n')}\n`;
}
