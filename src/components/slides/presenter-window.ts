import type { Say } from '../../lib/i18n/client-strings';

/** What the presenter window shows of the deck at a moment. */
export interface PresenterView {
  counter: string;
  /** The current slide's inner HTML, and whether its answer is shown. */
  slideHtml: string;
  revealed: boolean;
  notesHtml: string;
  next: string;
}

/**
 * A second window for the trainer's laptop screen: the current slide, its notes, what comes next
 * and the time. The deck builds it itself (no fetch, so it works offline) and keeps it in step;
 * keys pressed and buttons clicked there drive the deck too, through `onKey` and `onGo`.
 */
export class PresenterWindow {
  private win: Window | null = null;

  constructor(
    private readonly say: Say,
    private readonly handlers: { onKey: (event: KeyboardEvent) => void; onGo: (direction: 'next' | 'prev') => void },
  ) {}

  get isOpen(): boolean {
    return Boolean(this.win && !this.win.closed);
  }

  /** Opens the window, or brings it forward; false when the browser blocked it. */
  open(deckTitle: string): boolean {
    if (this.win && !this.win.closed) {
      this.win.focus();
      return true;
    }
    const win = window.open('', 'kns-presenter', 'width=1000,height=700');
    if (!win) return false;
    this.win = win;
    const doc = win.document;
    doc.documentElement.lang = 'vi';
    doc.title = `${this.say('notesTitle')}: ${deckTitle}`;
    // A constructed style sheet: the window inherits the page's Content-Security-Policy, which
    // lets no `<style>` element in that it has not hashed. An old browser without them falls back.
    doc.head.replaceChildren();
    try {
      const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(PRESENTER_CSS);
      doc.adoptedStyleSheets = [sheet];
    } catch {
      const style = doc.createElement('style');
      style.textContent = PRESENTER_CSS;
      doc.head.append(style);
    }
    doc.body.innerHTML = `<main><header><span data-counter></span> · <span data-timer></span></header>
      <section class="now" data-current></section>
      <section class="notes"><h1>${this.say('notesTitle')}</h1><div data-notes-body></div></section>
      <p class="next" data-next></p>
      <nav><button type="button" data-go="prev">◀ ${this.say('prev')}</button><button type="button" data-go="next">${this.say('next')} ▶</button></nav></main>`;
    doc.addEventListener('keydown', (event) => this.handlers.onKey(event));
    doc.addEventListener('click', (event) => {
      const go = (event.target as HTMLElement).closest<HTMLElement>('[data-go]')?.dataset.go;
      if (go === 'next' || go === 'prev') this.handlers.onGo(go);
    });
    return true;
  }

  show(view: PresenterView): void {
    if (!this.win || this.win.closed) return;
    const doc = this.win.document;
    const set = (selector: string, html: string) => {
      const element = doc.querySelector(selector);
      if (element) element.innerHTML = html;
    };
    set('[data-counter]', view.counter);
    set('[data-current]', view.slideHtml);
    set('[data-notes-body]', view.notesHtml);
    set('[data-next]', view.next);
    doc.querySelector('[data-current]')?.toggleAttribute('data-revealed', view.revealed);
  }

  setTimer(text: string): void {
    if (!this.win || this.win.closed) return;
    const timer = this.win.document.querySelector('[data-timer]');
    if (timer) timer.textContent = text;
  }
}

/** Styles of the presenter window (it has no stylesheet of its own). */
const PRESENTER_CSS = `
body{margin:0;font:20px/1.4 system-ui,sans-serif;background:#f4f4f6;color:#111}
main{display:grid;grid-template-columns:1.2fr 1fr;grid-template-rows:auto 1fr auto auto;gap:12px;padding:12px;height:100vh;box-sizing:border-box}
header{grid-column:1/3;font-weight:700;font-size:24px}
.now{background:#fff;border:2px solid #888;padding:12px;overflow:auto;font-size:16px}
.now [data-answer]{display:none}.now .kns-slide__right{visibility:hidden}.now[data-revealed] [data-answer]{display:block}.now[data-revealed] .kns-slide__right{visibility:visible}.now[data-revealed] [data-correct]{outline:2px solid #195e35}.now button{display:none}
.notes{background:#fff4d6;border:2px solid #8a5a00;padding:12px;overflow:auto}
.notes h1{font-size:22px;margin:0 0 8px}
.next{grid-column:1/3;margin:0;font-weight:700}
nav{grid-column:1/3;display:flex;gap:12px}
button{font:inherit;min-height:48px;padding:0 20px;border:2px solid #00545d;background:#00545d;color:#fff;border-radius:8px}
svg{max-width:160px;height:auto}
`;
