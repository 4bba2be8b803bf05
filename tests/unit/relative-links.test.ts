import { describe, expect, it } from 'vitest';
import { type Lookup, relativeCss, relativeHtml, relativeUrl } from '../../src/lib/zim/relative-links';
import { zimMetadata } from '../../src/lib/zim/zim-metadata';

// A small built site: pages are folders with an index.html, files are files, pagefind a folder.
const built: Record<string, 'file' | 'dir' | 'page'> = {
  '': 'page',
  tt: 'page',
  'tt/tt1': 'page',
  tt1: 'page',
  'in/tt1': 'page',
  '_astro/a.js': 'file',
  '_astro/site.css': 'file',
  'favicon.svg': 'file',
  'tap-thu/chuyen-tien/buoc-1.svg': 'file',
  pagefind: 'dir',
};
const lookup: Lookup = (path) => built[path];

describe('links of the Kiwix copy, relative to the file they are in', () => {
  it('names the page’s file, keeps the query and the fragment', () => {
    expect(relativeUrl('/tt/tt1/', 'tt/index.html', lookup)).toBe('tt1/index.html');
    expect(relativeUrl('/tt/tt1/#quiz', 'in/tt1/index.html', lookup)).toBe('../../tt/tt1/index.html#quiz');
    expect(relativeUrl('/tt/?a=1', 'index.html', lookup)).toBe('tt/index.html?a=1');
    expect(relativeUrl('/', 'tt/tt1/index.html', lookup)).toBe('../../index.html');
    expect(relativeUrl('/tt/tt1', 'index.html', lookup)).toBe('tt/tt1/index.html');
    expect(relativeUrl('/tt/', 'tt/index.html', lookup)).toBe('index.html');
  });

  it('leaves files as files, and a folder scripts complete as a folder', () => {
    expect(relativeUrl('/_astro/a.js', 'tt/tt1/index.html', lookup)).toBe('../../_astro/a.js');
    expect(relativeUrl('/pagefind/', 'tt/index.html', lookup, 'prefix')).toBe('../pagefind/');
    expect(relativeUrl('/', 'tt/tt1/index.html', lookup, 'prefix')).toBe('../../');
    expect(relativeUrl('/', 'index.html', lookup, 'prefix')).toBe('./');
  });

  it('leaves other hosts, fragments and relative links alone, and reports links to nothing', () => {
    for (const url of ['https://dichvucong.gov.vn/', '//cdn.example/x.js', '#top', 'mailto:a@b.vn', 'tel:113', '../x/']) {
      expect(relativeUrl(url, 'tt/index.html', lookup)).toBe(url);
    }
    expect(relativeUrl('/khong-co/', 'tt/index.html', lookup)).toBeUndefined();
    expect(relativeUrl('/tt/%E0%A4%A/', 'tt/index.html', lookup)).toBeUndefined();
  });
});

describe('a page of the Kiwix copy', () => {
  const missing: string[] = [];
  const html = [
    '<html><head><meta http-equiv="refresh" content="0; url=/tt/tt1/">',
    '<link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/a.js"></script>',
    '<script>location.href="/tt/";</script><style>a{background:url(/favicon.svg)}</style></head>',
    '<body><a href="/tt/tt1/#quiz">Bài 1</a><img src="/tap-thu/chuyen-tien/buoc-1.svg" srcset="/tap-thu/chuyen-tien/buoc-1.svg 1x, /favicon.svg 2x" alt="">',
    '<kns-search data-bundle="/pagefind/" data-base="/" data-strings="{&quot;a&quot;:&quot;/ không phải đường dẫn&quot;}"></kns-search>',
    '<a data-kns-continue="[[[&quot;tt1&quot;,&quot;Bài &gt; 1&quot;,&quot;/tt/tt1/&quot;]]]" data-title="Tiêu đề" href="/tt/">Học tiếp</a>',
    '<a data-path="/tt1/">x</a><a href="/mat-tich/">y</a></body></html>',
  ].join('');
  const out = relativeHtml(html, 'in/tt1/index.html', lookup, (url) => missing.push(url));

  it('rewrites links, scripts, pictures, redirects and the paths inside data attributes', () => {
    expect(out).toContain('<meta http-equiv="refresh" content="0; url=../../tt/tt1/index.html">');
    expect(out).toContain('<link rel="icon" href="../../favicon.svg">');
    expect(out).toContain('<script type="module" src="../../_astro/a.js"></script>');
    expect(out).toContain('<a href="../../tt/tt1/index.html#quiz">');
    expect(out).toContain('srcset="../../tap-thu/chuyen-tien/buoc-1.svg 1x, ../../favicon.svg 2x"');
    expect(out).toContain('data-bundle="../../pagefind/" data-base="../../"');
    expect(out).toContain('data-kns-continue="[[[&quot;tt1&quot;,&quot;Bài > 1&quot;,&quot;../../tt/tt1/index.html&quot;]]]"');
    expect(out).toContain('data-path="../../tt1/index.html"');
  });

  it('leaves the text of scripts and styles as it is (the policy holds their hashes)', () => {
    expect(out).toContain('<script>location.href="/tt/";</script><style>a{background:url(/favicon.svg)}</style>');
    expect(out).toContain('data-strings="{&quot;a&quot;:&quot;/ không phải đường dẫn&quot;}"');
    expect(out).toContain('data-title="Tiêu đề"');
  });

  it('reports what leads nowhere, and leaves it for the build to stop on', () => {
    expect(missing).toEqual(['/mat-tich/']);
    expect(out).toContain('href="/mat-tich/"');
  });

  it('is found even when an attribute holds a ">"', () => {
    const page = '<a data-x="a > b" href="/tt/">x</a>';
    expect(relativeHtml(page, 'index.html', lookup, () => {})).toBe('<a data-x="a > b" href="tt/index.html">x</a>');
  });
});

describe('a stylesheet of the Kiwix copy', () => {
  it('points its url()s at the files, relative to the stylesheet', () => {
    const missing: string[] = [];
    const css = relativeCss(
      'a{background:url(/favicon.svg)}b{background:url("/nope.png")}c{background:url(x.png)}',
      '_astro/site.css',
      lookup,
      (u) => missing.push(u),
    );
    expect(css).toBe('a{background:url(../favicon.svg)}b{background:url("/nope.png")}c{background:url(x.png)}');
    expect(missing).toEqual(['/nope.png']);
  });
});

describe('the ZIM file’s metadata', () => {
  it('follows openZIM’s rules: title ≤ 30, description ≤ 80 characters, language vie, a stable name', () => {
    const { args, illustration } = zimMetadata('');
    const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? '';
    expect([...value('title')].length).toBeLessThanOrEqual(30);
    expect([...value('description')].length).toBeLessThanOrEqual(80);
    expect(value('language')).toBe('vie');
    expect(value('name')).toMatch(/^[a-z-]+_vi_all$/);
    expect(value('illustration')).toBe(illustration);
    expect(args.some((a) => a.startsWith('--source='))).toBe(false);
    expect(zimMetadata('https://kynangso.example.gov.vn').args).toContain('--source=https://kynangso.example.gov.vn');
  });
});
