import type { Say } from '../../lib/i18n/client-strings';
import { markExcerpt } from '../../lib/search/excerpt';
import { plainQuery, searchQuery } from '../../lib/search/fold';
import { hasSynonyms, planQuery, rankBySlots, SYNONYMS_FILE } from '../../lib/search/query';
import { SEARCH_RANKING } from '../../lib/search/ranking';

/** The parts of Pagefind's JavaScript API this dialog uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Results loaded at a time: each costs a download, and the first few are what people read. */
const PAGE = 3;
/** Fewer results than this from searching every word together: look for the best partial matches. */
const FEW = 3;

/**
 * The searching part of the header's search dialog (search-element.ts), loaded when the dialog
 * first opens, with the Pagefind engine. Every query is folded before it is searched, and the
 * index keeps folded copies of the pages' đ-words, so "dang ky" and "Đăng ký" are the same search
 * (lib/search/fold.ts, lib/search/folded-meta.ts); questions and everyday words are planned into
 * searches by lib/search/query.ts.
 */
export class SearchRunner {
  private pagefind: Promise<Pagefind | undefined> | undefined;
  private synonyms: string[][] = [];
  private run = 0;

  constructor(
    private readonly element: HTMLElement,
    private readonly s: Say,
  ) {}

  private querySelector<T extends Element = Element>(selector: string): T | null {
    return this.element.querySelector<T>(selector);
  }

  /** Loads Pagefind once; undefined (and a plain message) when it cannot be fetched. */
  engine(): Promise<Pagefind | undefined> {
    this.pagefind ??= (async () => {
      const status = this.querySelector('[data-status]');
      if (status && !status.textContent) status.textContent = this.s('loading');
      try {
        // Read against the page: in the Kiwix copy they are relative (`../../pagefind/`), and an
        // import would read a relative path against this script instead.
        const bundle = new URL(this.element.dataset.bundle ?? '/pagefind/', document.baseURI).pathname;
        const base = new URL(this.element.dataset.base ?? '/', document.baseURI).pathname;
        // The synonym table comes with the engine; without it, search still works word for word.
        const synonyms = fetch(`${bundle}${SYNONYMS_FILE}`)
          .then((response) => (response.ok ? response.json() : []))
          .then((table: unknown) => {
            if (Array.isArray(table)) this.synonyms = table as string[][];
          })
          .catch(() => undefined);
        const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
        await synonyms;
        await pagefind.options({
          bundlePath: bundle,
          baseUrl: base,
          noWorker: true,
          ranking: SEARCH_RANKING,
          // The build's id instead of the time: the index's entry can be cached and saved offline.
          metaCacheTag: import.meta.env.KNS_BUILD,
        });
        await pagefind.init();
        if (status?.textContent === this.s('loading')) status.textContent = '';
        return pagefind;
      } catch {
        if (status) status.textContent = this.s('unavailable');
        this.pagefind = undefined;
        return undefined;
      }
    })();
    return this.pagefind;
  }

  async search(raw: string, course: string): Promise<void> {
    const run = ++this.run;
    const status = this.querySelector('[data-status]') as HTMLElement;
    const list = this.querySelector('[data-results]') as HTMLElement;
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    if (!plainQuery(raw)) {
      status.textContent = '';
      list.replaceChildren();
      if (more) more.hidden = true;
      return;
    }
    const pagefind = await this.engine();
    if (!pagefind || run !== this.run) return;
    status.textContent = this.s('searching');
    const results = await this.find(pagefind, raw, course ? { filters: { course } } : {});
    if (!results || run !== this.run) return;
    list.replaceChildren();
    let shown = 0;
    const showMore = async (focus: boolean) => {
      const page = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
      if (run !== this.run) return;
      const items = page.map((data) => this.item(data, raw));
      list.append(...items);
      shown += page.length;
      if (more) more.hidden = shown >= results.length;
      // After "more", keyboard and screen-reader users go on from the first new result.
      if (focus) items[0]?.querySelector('a')?.focus();
    };
    if (more) more.onclick = () => void showMore(true);
    await showMore(false);
    if (run !== this.run) return;
    // Announced once the results are on screen.
    status.textContent =
      results.length === 0
        ? this.s('none', { query: raw.trim() })
        : this.s('count', { count: results.length, query: raw.trim() });
  }

  /**
   * The pages a query finds, best first (lib/search/query.ts): every word of it together, as a
   * phrase first; and when that finds few pages, or a word has synonyms, the pages that answer
   * most of it, a rare word counting more than a common one.
   */
  private async find(pagefind: Pagefind, raw: string, options: { filters?: Record<string, string> }) {
    const slots = planQuery(raw, this.synonyms);
    const words = slots.map((slot) => slot.said).join(' ');
    // Joined word pairs narrow the results to pages with that very phrase; when no page has all
    // of them together, search the words alone.
    let found = await pagefind.search(searchQuery(words), options);
    if (found && found.results.length === 0) found = await pagefind.search(plainQuery(words), options);
    if (!found) return undefined;
    if (found.results.length >= FEW && !hasSynonyms(slots)) return found.results;
    if (slots.length < 2 && !hasSynonyms(slots)) return found.results;
    const pages = new Map<string, PagefindResult>();
    const search = async (term: string) => {
      // Several words are searched as a phrase first (folded syllables alone match far too
      // much: "chung minh" is also "chúng mình"), then as words.
      let results = (await pagefind.search(searchQuery(term), options))?.results ?? [];
      if (results.length === 0 && term.includes(' ')) results = (await pagefind.search(term, options))?.results ?? [];
      return results;
    };
    const hits = await Promise.all(
      slots.map(async (slot) => {
        // What was typed is searched too: its result shows an excerpt around the reader's words.
        const said = await search(slot.said);
        for (const result of said) pages.set(result.id, result);
        const scored = slot.concept ? ((await pagefind.search(slot.concept, options))?.results ?? []) : said;
        for (const result of scored) if (!pages.has(result.id)) pages.set(result.id, result);
        return new Map(scored.map((result) => [result.id, result.score]));
      }),
    );
    // With several slots, the pages that have every word together (and Pagefind's own weighing
    // of how: in a title, as a phrase) count as one more slot.
    if (slots.length > 1) hits.push(new Map(found.results.map((result) => [result.id, result.score])));
    return rankBySlots(
      hits,
      slots.map((slot) => slot.concept !== undefined),
    ).flatMap((id) => pages.get(id) ?? []);
  }

  private item(data: PagefindResultData, query: string): HTMLLIElement {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = data.url;
    link.className = 'kns-search-result__title';
    link.textContent = data.meta.title ?? data.url;
    item.append(link);
    const course = data.filters?.course?.[0];
    if (course) {
      const label = document.createElement('p');
      label.className = 'kns-search-result__course';
      label.textContent = this.s('inCourse', { course });
      item.append(label);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'kns-search-result__excerpt';
    // Pagefind escapes the excerpt; markExcerpt adds only <mark> around the query's words.
    excerpt.innerHTML = markExcerpt(data.excerpt, query);
    item.append(excerpt);
    return item;
  }
}
