import { posix } from 'node:path';

/**
 * The Kiwix copy (`npm run zim`) has no fixed address: Kiwix's apps and `kiwix-serve` put it
 * under paths of their own (`/content/ky-nang-so/…`, `/any/root/ky-nang-so/…`), and neither
 * turns a folder into its `index.html`. So the Kiwix build is made with base `/` and every link
 * to the site is then rewritten, file by file, relative to the file it is in, naming the page's
 * file: `/tt/tt1/#quiz` seen from `tt/index.html` becomes `tt1/index.html#quiz`.
 */

/** What a site path (`tt/tt1/index.html`, `tt/tt1`, `pagefind`) is in the built folder. */
export type Lookup = (path: string) => 'file' | 'dir' | 'page' | undefined;

/**
 * How a value is used: a `link` is opened or loaded (a folder that is a page becomes its
 * `index.html`); a `prefix` is a folder that scripts put file names after (`data-base`, Pagefind's
 * bundle): it stays a folder, with its slash.
 */
export type Use = 'link' | 'prefix';

/** Attributes that hold a folder for scripts to complete, never opened as a page. */
export const PREFIX_ATTRIBUTES = new Set(['data-base', 'data-bundle', 'data-scope']);

/** Attributes that hold words for people (UI strings, titles), never a link. */
const TEXT_ATTRIBUTES = new Set(['data-strings', 'data-title', 'data-label']);

/** Attributes that hold one URL, or (srcset) a list of them; data-* are read as URL or JSON. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'formaction', 'xlink:href']);

export class UnresolvedLinks extends Error {
  constructor(readonly missing: { file: string; url: string }[]) {
    super(
      `Links to nothing in the Kiwix build:\n${missing
        .slice(0, 20)
        .map(({ file, url }) => `  ${file}: ${url}`)
        .join('\n')}${missing.length > 20 ? `\n  … and ${missing.length - 20} more` : ''}`,
    );
    this.name = 'UnresolvedLinks';
  }
}

/**
 * One root-relative URL (`/tt/tt1/?a#b`) made relative to the file `from` (`tt/index.html`).
 * Anything else (other hosts, `//cdn`, `#top`, `mailto:`, already relative) is returned as it is.
 * Returns undefined when the path names nothing in the build.
 */
export function relativeUrl(url: string, from: string, lookup: Lookup, use: Use = 'link'): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  const rest = cut === -1 ? '' : url.slice(cut);
  let target: string;
  try {
    target = decodeURI(path).replace(/^\/+/, '');
  } catch {
    // A malformed %-escape names no file: reported like any link to nothing.
    return undefined;
  }
  const folder = target === '' || target.endsWith('/');
  const bare = target.replace(/\/+$/, '');
  const kind = lookup(bare);
  if (kind === undefined) return undefined;
  if (kind === 'page' && (use === 'link' || !folder)) target = bare ? `${bare}/index.html` : 'index.html';
  else if (kind === 'file') target = bare;
  const fromDir = posix.dirname(from);
  let relative = posix.relative(fromDir === '.' ? '' : fromDir, target) || '.';
  if (target === '' || (target.endsWith('/') && !relative.endsWith('/'))) relative = `${relative}/`;
  return encodeURI(relative) + rest;
}

/** A meta refresh's `content` (`0;url=/tt/tt1/`) with its URL made relative. */
function refreshContent(value: string, rewrite: (url: string) => string): string {
  return value.replace(/(url=)(\S+)/i, (_all, key: string, url: string) => key + rewrite(url));
}

/** Every string in a JSON value that is a root-relative URL, made relative as a link. */
function rewriteJson(value: unknown, rewrite: (url: string) => string): unknown {
  if (typeof value === 'string') return /^\/(?!\/)\S*$/.test(value) ? rewrite(value) : value;
  if (Array.isArray(value)) return value.map((item) => rewriteJson(item, rewrite));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteJson(item, rewrite)]));
  }
  return value;
}

const decodeAttribute = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
const encodeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The HTML of the file `from` with every link to the site made relative: URL attributes, srcset,
 * meta refresh, and data-* attributes (one URL, or URLs inside JSON such as a course outline).
 * Script and style elements are left untouched: their hashes are in the page's policy.
 * Root-relative URLs that name nothing in the build are reported through `missing`.
 */
export function relativeHtml(html: string, from: string, lookup: Lookup, missing: (url: string) => void): string {
  const rewriter = (use: Use) => (url: string) => {
    const done = relativeUrl(url, from, lookup, use);
    if (done === undefined) {
      missing(url);
      return url;
    }
    return done;
  };
  const link = rewriter('link');
  const prefix = rewriter('prefix');
  const rewriteTag = (tag: string) => {
    const isRefresh = /^<meta\b/i.test(tag) && /http-equiv\s*=\s*"?refresh/i.test(tag);
    return tag.replace(/(\s)([\w:-]+)="([^"]*)"/g, (attr, space: string, name: string, raw: string) => {
      const key = name.toLowerCase();
      let value = decodeAttribute(raw);
      if (URL_ATTRIBUTES.has(key)) value = link(value);
      else if (key === 'srcset') value = value.replace(/(^|,\s*)(\S+)/g, (_m, sep: string, url: string) => sep + link(url));
      else if (key === 'content' && isRefresh) value = refreshContent(value, link);
      else if (key.startsWith('data-') && !TEXT_ATTRIBUTES.has(key)) {
        const trimmed = value.trim();
        if (PREFIX_ATTRIBUTES.has(key)) value = prefix(value);
        else if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
          try {
            value = JSON.stringify(rewriteJson(JSON.parse(trimmed), link));
          } catch {
            return attr;
          }
        } else if (value.startsWith('/') && !value.startsWith('//')) value = link(value);
        else return attr;
      } else return attr;
      return `${space}${name}="${encodeAttribute(value)}"`;
    });
  };
  // Tags are rewritten; the text inside <script> and <style> is not.
  return html.replace(
    /(<(script|style)\b(?:[^>"]|"[^"]*")*>)([\s\S]*?)(<\/\2>)|<[a-zA-Z](?:[^>"]|"[^"]*")*>/g,
    (tag, open: string | undefined, _name, body: string, close: string) =>
      open ? rewriteTag(open) + body + close : rewriteTag(tag),
  );
}

/** A stylesheet's `url(/…)` references made relative to the stylesheet `from`. */
export function relativeCss(css: string, from: string, lookup: Lookup, missing: (url: string) => void): string {
  return css.replace(/url\((["']?)(\/[^)"']*)\1\)/g, (all, quote: string, url: string) => {
    const done = relativeUrl(url, from, lookup, 'link');
    if (done === undefined) {
      missing(url);
      return all;
    }
    return `url(${quote}${done}${quote})`;
  });
}
