import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { readValidatedYaml } from '../lib/content/yaml-file';
import { blockSelector } from '../lib/lesson-views/markup';
import { withFoldedMeta } from '../lib/search/folded-meta';
import { SYNONYMS_FILE } from '../lib/search/query';
import { rechunk } from '../lib/search/rechunk';
import { foldSynonyms, SynonymsSchema } from '../lib/search/synonyms';

export const SYNONYMS_SOURCE = 'content/search-synonyms.yaml';

/**
 * Builds the Pagefind index after the site is built, instead of Starlight doing it, so that:
 * - each page is indexed with the folded copy of its đ-words (lib/search/folded-meta.ts), made
 *   from exactly the text the index keeps of it;
 * - the site ships only what its own small search dialog uses: the engine (pagefind.js, its
 *   WebAssembly and index files). Pagefind's ready-made interfaces (default, modular, component
 *   UI, highlight; about 400 KB) and its web worker (the dialog searches on the main thread) are
 *   removed.
 */
export const UNUSED_BUNDLE_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$|^pagefind-playground/;

/**
 * What a search reads of a lesson: its title, headings, steps and warnings, and the search
 * metadata (key points, objectives, search words, folded copies). Explanatory paragraphs and tips
 * stay out. A search downloads the part of the index that holds each word it looks up (cut small
 * after Pagefind writes it, see smallerParts): a lean index keeps those parts few and small on a
 * phone while the right lesson still comes first.
 */
export const EXCLUDED = [
  '.sl-markdown-content > p',
  '.sl-markdown-content > ul',
  '.sl-markdown-content > ol',
  blockSelector('tip'),
  // Nothing the reader does not see as text of the page: the footer, hidden parts (a course's
  // "you finished" box on a fresh phone), decorative icons, controls and screen-reader-only text.
  'footer',
  '.kns-site-footer',
  '[hidden]',
  '[aria-hidden="true"]',
  'button',
  'noscript',
  'template',
  '.sr-only',
];

/**
 * `fileUrls`: results name the page's file (`tt/tt1/index.html`), for Kiwix, which does not turn a
 * folder into its index page.
 */
export function searchIndex({ fileUrls = false }: { fileUrls?: boolean } = {}): AstroIntegration {
  return {
    name: 'kns-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(new URL('./pagefind/', dir));
        try {
          const started = performance.now();
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'vi',
            excludeSelectors: EXCLUDED,
            keepIndexUrl: fileUrls,
          });
          if (!index || errors.length > 0) throw new Error(errors.join('\n'));
          const root = fileURLToPath(dir);
          // The synonym table, folded: for the index (lib/search/folded-meta.ts) and for the dialog.
          const synonyms = foldSynonyms(readValidatedYaml(SYNONYMS_SOURCE, SynonymsSchema));
          let pages = 0;
          for (const file of htmlFiles(root)) {
            // Pages without a `data-pagefind-body` (short links, handouts, slides) are not indexed.
            const content = withFoldedMeta(readFileSync(file, 'utf8'), { excluded: EXCLUDED, synonyms });
            if (!content) continue;
            const added = await index.addHTMLFile({ sourcePath: relative(root, file).split(sep).join('/'), content });
            if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('\n')}`);
            pages++;
          }
          const written = await index.writeFiles({ outputPath: out });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          const parts = smallerParts(out);
          writeFileSync(join(out, SYNONYMS_FILE), JSON.stringify(synonyms));
          let removed = 0;
          for (const name of readdirSync(out)) {
            if (UNUSED_BUNDLE_FILES.test(name)) {
              rmSync(join(out, name), { recursive: true, force: true });
              removed++;
            }
          }
          logger.info(
            `Search index: ${pages} pages in ${Math.round(performance.now() - started)} ms, ${parts} parts; ${removed} unused Pagefind files removed.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * About 8 KB of index per part before compression (some 4.5 KB sent): a two-word search then
 * downloads two such parts instead of two of Pagefind's 30 KB ones (lib/search/rechunk.ts).
 */
export const INDEX_PART_BYTES = 8000;

/** Pagefind's index parts, cut smaller: the metadata and the entry file name the new ones. Returns how many. */
function smallerParts(out: string): number {
  const entryFile = join(out, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  let count = 0;
  for (const [language, info] of Object.entries(entry.languages)) {
    const metaFile = join(out, `pagefind.${info.hash}.pf_meta`);
    const { meta, parts } = rechunk(
      language,
      readFileSync(metaFile),
      (hash) => readFileSync(join(out, 'index', `${hash}.pf_index`)),
      INDEX_PART_BYTES,
    );
    for (const name of readdirSync(join(out, 'index'))) if (name.startsWith(`${language}_`)) rmSync(join(out, 'index', name));
    for (const [hash, file] of parts) writeFileSync(join(out, 'index', `${hash}.pf_index`), file);
    rmSync(metaFile);
    writeFileSync(join(out, `pagefind.${meta.hash}.pf_meta`), meta.file);
    info.hash = meta.hash;
    count += parts.size;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
  return count;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}
