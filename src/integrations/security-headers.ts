import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { completeCsp, cspHeader, headersFile, htaccessFile, nginxHeaders } from '../lib/security/csp';
import { withSlash } from '../lib/urls/paths';

/** Every HTML file under a folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/**
 * After the build, before the search index and the offline lists read the pages: each page's
 * Content-Security-Policy made whole (lib/security/csp.ts), and `dist/_headers` (Netlify,
 * Cloudflare Pages), `dist/_headers.nginx` (src/hosting/) and `dist/.htaccess` (Apache) with the
 * same policy as a header plus the headers a `<meta>` cannot carry.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'kns-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withSlash(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        let pages = 0;
        for (const file of htmlFiles(dist)) {
          const before = readFileSync(file, 'utf8');
          const { html, scripts: s, styles: st } = completeCsp(before);
          for (const hash of s) scripts.add(hash);
          for (const hash of st) styles.add(hash);
          if (html !== before) writeFileSync(file, html);
          pages += 1;
        }
        const policy = cspHeader(scripts, styles);
        writeFileSync(join(dist, '_headers'), headersFile(base, policy));
        writeFileSync(join(dist, '_headers.nginx'), nginxHeaders(policy));
        writeFileSync(join(dist, '.htaccess'), htaccessFile(base, policy));
        logger.info(
          `Content-Security-Policy completed on ${pages} pages; _headers written (${scripts.size} inline scripts hashed).`,
        );
      },
    },
  };
}
