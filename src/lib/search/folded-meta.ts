import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { foldedDWords, joinedPairs } from './fold';
import { conceptWords } from './synonyms';

/**
 * The folded search metadata of a built page, made from exactly what Pagefind indexes of it:
 * the `data-pagefind-body` element without its `data-pagefind-ignore` parts and without the
 * index's excluded selectors. Pagefind folds tone marks but keeps đ apart from d, and the search
 * dialog folds every query (lib/search/fold.ts): these fields are how a folded "dang ky" meets
 * the page's "đăng ký". Weights: lib/search/ranking.ts.
 *
 * - `folded_title`, `folded_keys`, `folded_headings`, `folded`: the đ-words of the title, of the
 *   `keys` metadata (key points, objectives, search words), of the section headings and of the
 *   whole indexed text, folded, in order and with repeats.
 * - `phrases`: every pair of neighbouring words of the title, keys and headings, joined and
 *   folded, so a query that says exactly such a pair ("theo dõi hồ sơ") finds that page first.
 * - `syn_title`, `syn_keys`, `synonyms`: a synonym group's word (`qzsdqz`) where the title, the
 *   keys or the indexed text says one of the group's phrases (lib/search/synonyms.ts), so that
 *   "cccd" finds what a page says of "căn cước" too, weighted as a title or a key point is.
 *   Pagefind counts a word once per metadata field but every time in the text, so the text's
 *   words go in the indexed text itself, at its end (`withFoldedMeta`); the dialog never shows
 *   them in an excerpt.
 */
export interface FoldedMeta {
  folded_title: string;
  folded_keys: string;
  folded_headings: string;
  folded: string;
  phrases: string;
  syn_title: string;
  syn_keys: string;
  synonyms: string;
}

const NOT_TEXT = 'script, style, template, noscript';

const textOf = (node: Element | Root | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : '');

/** Removes the given nodes, wherever they sit, from a tree. */
function prune(node: Element | Root, drop: Set<unknown>): void {
  node.children = node.children.filter((child: RootContent) => !drop.has(child)) as typeof node.children;
  for (const child of node.children) if (child.type === 'element') prune(child, drop);
}

/** What the index folds besides the page: its excluded selectors and the folded synonym groups. */
export interface MetaOptions {
  excluded?: readonly string[];
  synonyms?: readonly (readonly string[])[];
}

/** The folded metadata of a page, or undefined when the page is not indexed at all. */
export function foldedMeta(html: string, options: MetaOptions = {}): FoldedMeta | undefined {
  return metaOf(fromHtml(html), options);
}

function metaOf(tree: Root, { excluded = [], synonyms = [] }: MetaOptions): FoldedMeta | undefined {
  const found = select('[data-pagefind-body]', tree);
  if (!found) return undefined;
  const body = structuredClone(found);
  const drop = new Set<unknown>(
    [NOT_TEXT, '[data-pagefind-ignore]', ...excluded].flatMap((selector) => selectAll(selector, body)),
  );
  prune(body, drop);

  const title = textOf(select('h1', body) ?? select('h1', tree));
  const keyElement = select('[data-pagefind-meta^="keys:"]', tree);
  const keys = String(keyElement?.properties.dataPagefindMeta ?? '').replace(/^keys:/, '');
  const headings = selectAll('h2, h3', body).map(textOf).join(' · ');
  const text = textOf(body);
  return {
    folded_title: foldedDWords(title),
    folded_keys: foldedDWords(keys),
    folded_headings: foldedDWords(headings),
    folded: foldedDWords(text),
    phrases: joinedPairs([title, keys, headings].join(' · ')),
    syn_title: conceptWords(title, synonyms),
    syn_keys: conceptWords(keys, synonyms),
    synonyms: conceptWords(text, synonyms),
  };
}

/**
 * The page as Pagefind should read it: the same HTML with its folded metadata added inside the
 * indexed element. Only the index sees this copy; the page on disk is not changed.
 */
export function withFoldedMeta(html: string, options: MetaOptions = {}): string | undefined {
  const tree = fromHtml(html);
  const meta = metaOf(tree, options);
  const body = select('[data-pagefind-body]', tree);
  if (!meta || !body) return undefined;
  const { synonyms, ...fields } = meta;
  if (synonyms)
    body.children.push({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: synonyms }] });
  for (const [key, value] of Object.entries(fields)) {
    if (value)
      body.children.push({
        type: 'element',
        tagName: 'div',
        properties: { hidden: true, dataPagefindMeta: `${key}:${value}` },
        children: [],
      });
  }
  return toHtml(tree);
}
