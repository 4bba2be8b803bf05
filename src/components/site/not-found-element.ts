import { lowerCasePath, suggestCodes } from '../../lib/urls/suggest';

/**
 * <kns-not-found>: the 404 page's help. A path in capitals goes to its lower-case page; a
 * mistyped short link gets the lessons it most likely meant (lib/urls/suggest.ts).
 */
class NotFound extends HTMLElement {
  connectedCallback() {
    // Every path of the site is lower case: /TT3/ means /tt3/.
    const lower = lowerCasePath(location.pathname);
    if (lower) {
      location.replace(`${lower}${location.search}${location.hash}`);
      return;
    }
    // The search dialog lives in the header (components/starlight/Search.astro): this button opens it.
    this.querySelector('[data-open-search]')?.addEventListener('click', () => {
      document.querySelector<HTMLButtonElement>('kns-search [data-open]')?.click();
    });
    let lessons: { code: string; title: string; href: string }[] = [];
    try {
      lessons = JSON.parse(this.dataset.lessons ?? '[]');
    } catch {
      return;
    }
    const codes = suggestCodes(
      location.pathname,
      this.dataset.base ?? '/',
      lessons.map((l) => l.code),
    );
    const list = this.querySelector('[data-suggestions]');
    const box = this.querySelector<HTMLElement>('[data-suggestion]');
    if (!list || !box || codes.length === 0) return;
    for (const code of codes) {
      const lesson = lessons.find((l) => l.code === code);
      if (!lesson) continue;
      const link = Object.assign(document.createElement('a'), { href: lesson.href, textContent: `${lesson.title} (${code})` });
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    box.hidden = false;
  }
}
customElements.define('kns-not-found', NotFound);
