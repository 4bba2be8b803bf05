import { markExcerpt } from '../../lib/search/excerpt';
import { plainQuery, searchQuery } from '../../lib/search/fold';
import { SEARCH_RANKING } from '../../lib/search/ranking';

/** The parts of Pagefind's JavaScript API this dialog uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Results loaded at a time: each costs a download, and the first few are what people read. */
const PAGE = 3;
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

/**
 * <kns-search>: the header's search dialog. The Pagefind engine is imported the first time the
 * dialog opens, never with the page, so a lesson's first load stays small on a phone. Every query
 * is folded before it is searched, and the index keeps folded copies of the pages' đ-words, so
 * "dang ky" and "Đăng ký" are the same search (lib/search/fold.ts, lib/search/folded-meta.ts).
 */
class SearchElement extends HTMLElement {
  private pagefind: Promise<Pagefind | undefined> | undefined;
  private strings: Record<string, string> = {};
  private run = 0;
  private timer: number | undefined;

  private s(key: string, values: Record<string, string | number> = {}): string {
    return fill(this.strings[`kns.search.${key}`] ?? key, values);
  }

  connectedCallback(): void {
    try {
      this.strings = JSON.parse(this.dataset.strings ?? '{}');
    } catch {
      return;
    }
    const dialog = this.querySelector('dialog');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const select = this.querySelector('select');
    if (!dialog || !input || !select) return;

    const open = () => {
      if (!dialog.open) dialog.showModal();
      input.focus();
      void this.engine();
    };
    this.querySelector('[data-open]')?.addEventListener('click', (event) => {
      event.stopPropagation();
      open();
    });
    this.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
    // Closed by Escape, the close button or the backdrop: the keyboard goes on from the search
    // button, not from the top of the page.
    dialog.addEventListener('close', () => {
      const active = document.activeElement;
      if (!active || active === document.body || dialog.contains(active)) this.querySelector<HTMLElement>('[data-open]')?.focus();
    });
    // A click on the backdrop (outside the frame) closes the dialog.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    window.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (dialog.open) dialog.close();
        else open();
      }
    });
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(input.value, select.value);
    });
    input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.search(input.value, select.value), 250);
    });
    select.addEventListener('change', () => void this.search(input.value, select.value));
  }

  /** Loads Pagefind once; undefined (and a plain message) when it cannot be fetched. */
  private engine(): Promise<Pagefind | undefined> {
    this.pagefind ??= (async () => {
      const status = this.querySelector('[data-status]');
      if (status && !status.textContent) status.textContent = this.s('loading');
      try {
        const bundle = this.dataset.bundle ?? '/pagefind/';
        const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
        await pagefind.options({
          bundlePath: bundle,
          baseUrl: this.dataset.base ?? '/',
          noWorker: true,
          ranking: SEARCH_RANKING,
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

  private async search(raw: string, course: string): Promise<void> {
    const run = ++this.run;
    const query = searchQuery(raw);
    const status = this.querySelector('[data-status]') as HTMLElement;
    const list = this.querySelector('[data-results]') as HTMLElement;
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      if (more) more.hidden = true;
      return;
    }
    const pagefind = await this.engine();
    if (!pagefind || run !== this.run) return;
    status.textContent = this.s('searching');
    const options = course ? { filters: { course } } : {};
    let found = await pagefind.search(query, options);
    // Joined word pairs narrow the results to pages with that very phrase; when no page has all
    // of them together, search the words alone.
    if (found && found.results.length === 0) found = await pagefind.search(plainQuery(raw), options);
    if (!found || run !== this.run) return;
    const results = found.results;
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

customElements.define('kns-search', SearchElement);
