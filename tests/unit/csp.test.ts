import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completeCsp, cspHash, cspHeader, headersFile, htaccessFile, nginxHeaders } from '../../src/lib/security/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string) =>
  `<html><head><meta charset="utf-8"><script>a()</script><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha('a()')}; style-src 'self' ${sha('p{}')}; style-src-attr 'unsafe-inline'">${head}</head></html>`;

describe('the Content-Security-Policy of a built page', () => {
  it('hashes as browsers do', () => {
    expect(cspHash('a()')).toBe(sha('a()'));
  });

  it('lists exactly the inline scripts and styles of the page, once, and nothing for files or data', () => {
    const { html, scripts, styles } = completeCsp(
      page(
        '<script>a()</script><script>b()</script><script>b()</script><script src="/x.js"></script><script type="application/json">{}</script><style>q{}</style>',
      ),
    );
    const policy = /content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('a()')} ${sha('b()')};`);
    // p{} is not on the page: its hash goes (files are allowed by 'self').
    expect(policy).toContain(`style-src 'self' ${sha('q{}')};`);
    expect(policy).toContain("style-src-attr 'unsafe-inline'");
    expect(policy.match(new RegExp(sha('b()').replace(/[+/]/g, '\\$&'), 'g'))).toHaveLength(1);
    expect(scripts).toEqual([sha('a()'), sha('b()')]);
    expect(styles).toEqual([sha('q{}')]);
    // The policy comes first, so that it covers the first script too.
    expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script>'));
    expect(html.startsWith('<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy"')).toBe(true);
  });

  it('leaves a page without a policy as it is, and still names what its scripts need', () => {
    const html = '<html><head><script>go()</script></head></html>';
    expect(completeCsp(html)).toEqual({ html, scripts: [sha('go()')], styles: [] });
  });
});

describe('the headers a host sends', () => {
  it('one policy for the whole site, with frame-ancestors that a meta cannot carry', () => {
    const header = cspHeader([sha('b()'), sha('a()'), sha('a()')], []);
    const scriptSrc = header.split('; ').find((d) => d.startsWith('script-src ')) ?? '';
    expect(scriptSrc.split(' ').sort()).toEqual(["'self'", "'wasm-unsafe-eval'", 'script-src', sha('a()'), sha('b()')].sort());
    expect(header).toContain("object-src 'none'");
    expect(header).toContain("frame-ancestors 'self'");
    expect(header).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  });

  it('_headers under a base path: security on every page, long caching for hashed files, the worker always fresh', () => {
    const file = headersFile('/ky-nang-so/', 'default-src x');
    expect(file.split('\n').slice(0, 2)).toEqual(['/ky-nang-so/*', '  Content-Security-Policy: default-src x']);
    expect(file).toContain('/ky-nang-so/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file).toContain('/ky-nang-so/sw.js\n  Cache-Control: no-cache');
    expect(file).toContain('  X-Content-Type-Options: nosniff');
    expect(file).not.toContain('frameAncestors');
  });

  it('nginx and Apache get the same headers, quoted for each', () => {
    const policy = "default-src 'self'; script-src 'self' 'sha256-x'";
    expect(nginxHeaders(policy).split('\n')[0]).toBe(`add_header Content-Security-Policy "${policy}" always;`);
    expect(nginxHeaders(policy)).toContain('add_header Referrer-Policy "no-referrer" always;');
    const htaccess = htaccessFile('/ky-nang-so/', policy);
    expect(htaccess).toContain('ErrorDocument 404 /ky-nang-so/404.html');
    expect(htaccess).toContain(`Header always set Content-Security-Policy "${policy}"`);
    expect(htaccess).toContain('Header always set X-Content-Type-Options "nosniff"');
    expect(htaccess).toContain('<FilesMatch "^(sw\\.js|offline\\.json)$">');
  });
});
