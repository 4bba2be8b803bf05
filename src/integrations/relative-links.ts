import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type Lookup, relativeCss, relativeHtml, UnresolvedLinks } from '../lib/zim/relative-links';

/** Every file under a folder, as site paths (`tt/tt1/index.html`). */
function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(root, path) : [relative(root, path).split(sep).join('/')];
  });
}

/**
 * The Kiwix build only (`npm run zim`, lib/zim/relative-links.ts says why): after the build and
 * before the policy is completed (its hashes cover inline scripts, which this leaves alone), every
 * link in every page and stylesheet is made relative to its file. A link that names nothing in the
 * build stops it, with the page and the link: a Kiwix reader could not follow it either.
 */
export function relativeLinks(): AstroIntegration {
  return {
    name: 'kns-relative-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const lookup: Lookup = (path) => {
          // The search index is written after this (src/integrations/search-index.ts).
          if (path === 'pagefind') return 'dir';
          const full = join(root, path);
          if (!existsSync(full)) return undefined;
          if (!statSync(full).isDirectory()) return 'file';
          return existsSync(join(full, 'index.html')) ? 'page' : 'dir';
        };
        const missing: { file: string; url: string }[] = [];
        let changed = 0;
        for (const file of filesUnder(root)) {
          const rewrite = file.endsWith('.html') ? relativeHtml : file.endsWith('.css') ? relativeCss : undefined;
          if (!rewrite) continue;
          const full = join(root, file);
          const before = readFileSync(full, 'utf8');
          const after = rewrite(before, file, lookup, (url) => missing.push({ file, url }));
          if (after !== before) {
            writeFileSync(full, after);
            changed += 1;
          }
        }
        if (missing.length > 0) throw new UnresolvedLinks(missing);
        logger.info(`Links made relative in ${changed} files, for Kiwix.`);
      },
    },
  };
}
