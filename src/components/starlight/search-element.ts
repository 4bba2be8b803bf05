import { readStrings, type Say } from '../../lib/i18n/client-strings';
import type { SearchRunner } from './search-runner';

/**
 * <kns-search>: the header's search dialog. Only opening and closing it loads with the page; the
 * searching part (search-runner.ts) and the Pagefind engine are fetched the first time the dialog
 * opens, so a lesson's first load stays small on a phone.
 */
class SearchElement extends HTMLElement {
  private runner: Promise<SearchRunner | undefined> | undefined;
  private say: Say = (key) => key;
  private timer: number | undefined;

  connectedCallback(): void {
    const say = readStrings(this, 'kns.search.');
    if (!say) return;
    this.say = say;
    const dialog = this.querySelector('dialog');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const select = this.querySelector('select');
    if (!dialog || !input || !select) return;

    const open = () => {
      if (!dialog.open) dialog.showModal();
      input.focus();
      void this.load();
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

  /** The searching part, loaded once; undefined (and a plain message) when it cannot be fetched. */
  private load(): Promise<SearchRunner | undefined> {
    const status = this.querySelector('[data-status]');
    if (!this.runner && status && !status.textContent) status.textContent = this.say('loading');
    this.runner ??= import('./search-runner').then(
      async ({ SearchRunner }) => {
        const runner = new SearchRunner(this, this.say);
        return (await runner.engine()) ? runner : this.failed();
      },
      () => this.failed(),
    );
    return this.runner;
  }

  private failed(): undefined {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = this.say('unavailable');
    // Offline now, maybe not at the next try.
    this.runner = undefined;
    return undefined;
  }

  private async search(raw: string, course: string): Promise<void> {
    (await this.load())?.search(raw, course);
  }
}

customElements.define('kns-search', SearchElement);
