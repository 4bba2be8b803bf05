import { readStrings, type Say } from '../../lib/i18n/client-strings';
import { SLIDES_THEME_KEY as THEME_KEY } from '../../lib/storage/prefs-boot';
import { safeLocalStorage } from '../../lib/storage/safe-storage';

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/**
 * <kns-deck>: one slide at a time, driven by what a presentation clicker sends (→ ← Space
 * PageDown PageUp), Home/End, F (full screen), N (notes on this screen), P (a presenter window
 * that follows this one), D (dark theme for a dim hall), and taps on the sides. The slide number
 * lives in the URL (#5), so a reload stays put. Everything is in the page already: nothing is
 * fetched after load, so the deck keeps working when the village hall's internet drops.
 */
class DeckElement extends HTMLElement {
  private slides: HTMLElement[] = [];
  private index = 0;
  private say: Say = (key) => key;
  private startedAt = Date.now();
  private presenter: Window | null = null;
  private timer: number | undefined;

  private s(key: string, values?: Record<string, string | number>): string {
    return this.say(key, values);
  }

  connectedCallback(): void {
    const say = readStrings(this, 'kns.slides.');
    if (!say) return;
    this.say = say;
    this.slides = [...this.querySelectorAll<HTMLElement>('.kns-slide')];
    if (this.slides.length === 0) return;
    if (safeLocalStorage.get(THEME_KEY) === 'dark') this.setTheme(true);
    this.dataset.ready = '';
    this.index = this.fromHash();
    this.show();

    document.addEventListener('keydown', (event) => this.onKey(event));
    window.addEventListener('hashchange', () => {
      const wanted = this.fromHash();
      if (wanted !== this.index) {
        this.index = wanted;
        this.show();
      }
    });
    this.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      const zone = target.closest<HTMLElement>('[data-zone]')?.dataset.zone;
      const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
      if (target.closest('[data-reveal]')) this.reveal();
      else if (zone === 'next' || action === 'next') this.next();
      else if (zone === 'prev' || action === 'prev') this.go(this.index - 1);
      else if (action === 'notes') this.toggleNotes();
      else if (action === 'presenter') this.openPresenter();
      else if (action === 'fullscreen') this.toggleFullscreen();
      else if (action === 'theme') this.setTheme(this.dataset.theme !== 'dark');
    });
    this.timer = window.setInterval(() => this.tick(), 1000);
    // A window moved to the projector, or full screen: size the text again.
    window.addEventListener('resize', () => {
      const current = this.slides[this.index];
      if (current) fitSlide(current);
    });
  }

  disconnectedCallback(): void {
    window.clearInterval(this.timer);
  }

  /**
   * Slide number from `#5` or `#slide-5` (1-based), kept within the deck. Any other part (the skip
   * link's `#kns-deck-bar`) leaves the deck on the slide it shows.
   */
  private fromHash(): number {
    const match = /^#(?:slide-)?(\d+)$/.exec(location.hash);
    if (!match) return this.index;
    return Math.min(Math.max(Number(match[1]) - 1, 0), this.slides.length - 1);
  }

  onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const inField = (event.target as HTMLElement | null)?.closest?.('input, textarea, select');
    if (inField) return;
    const onButton = (event.target as HTMLElement | null)?.closest?.('button, a');
    const key = event.key;
    if ((key === ' ' || key === 'Enter') && onButton) return; // let buttons and links work
    const actions: Record<string, () => void> = {
      ArrowRight: () => this.next(),
      ArrowDown: () => this.next(),
      PageDown: () => this.next(),
      ' ': () => this.next(),
      ArrowLeft: () => this.go(this.index - 1),
      ArrowUp: () => this.go(this.index - 1),
      PageUp: () => this.go(this.index - 1),
      Home: () => this.go(0),
      End: () => this.go(this.slides.length - 1),
      f: () => this.toggleFullscreen(),
      n: () => this.toggleNotes(),
      p: () => this.openPresenter(),
      d: () => this.setTheme(this.dataset.theme !== 'dark'),
      r: () => this.reveal(),
    };
    const action = actions[key.length === 1 ? key.toLowerCase() : key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  /** Next: on a quiz slide, the first press shows the answer, as a clicker user expects. */
  next(): void {
    const slide = this.slides[this.index];
    if (slide?.dataset.kind === 'quiz' && !slide.hasAttribute('data-revealed')) this.reveal();
    else this.go(this.index + 1);
  }

  go(index: number): void {
    const next = Math.min(Math.max(index, 0), this.slides.length - 1);
    if (next === this.index) return;
    this.index = next;
    this.show();
  }

  private reveal(): void {
    const slide = this.slides[this.index];
    if (slide?.dataset.kind !== 'quiz') return;
    slide.setAttribute('data-revealed', '');
    this.sync();
  }

  private show(): void {
    this.slides.forEach((slide, i) => {
      slide.toggleAttribute('data-current', i === this.index);
      slide.setAttribute('aria-hidden', String(i !== this.index));
    });
    const current = this.slides[this.index];
    if (current) fitSlide(current);
    history.replaceState(null, '', `#${this.index + 1}`);
    const counter = this.querySelector('[data-counter]');
    if (counter) counter.textContent = this.s('counter', { number: this.index + 1, total: this.slides.length });
    this.sync();
  }

  private notesHtml(index: number): string {
    const template = this.slides[index]?.querySelector<HTMLTemplateElement>('template[data-notes]');
    return template?.innerHTML.trim() || `<p>${this.s('noNotes')}</p>`;
  }

  private timerText(): string {
    const elapsed = (Date.now() - this.startedAt) / 1000;
    return this.s('timer', { elapsed: clock(elapsed), planned: clock(Number(this.dataset.minutes ?? 0) * 60) });
  }

  private tick(): void {
    const text = this.timerText();
    const timer = this.querySelector('[data-timer]');
    if (timer) timer.textContent = text;
    const remote = this.presenter && !this.presenter.closed ? this.presenter.document.querySelector('[data-timer]') : null;
    if (remote) remote.textContent = text;
  }

  /** Updates what follows the current slide: the notes panel and the presenter window. */
  private sync(): void {
    const body = this.querySelector('[data-notes-body]');
    if (body) body.innerHTML = this.notesHtml(this.index);
    this.tick();
    const win = this.presenter;
    if (!win || win.closed) return;
    const doc = win.document;
    const current = this.slides[this.index];
    const next = this.slides[this.index + 1];
    const set = (selector: string, html: string) => {
      const element = doc.querySelector(selector);
      if (element) element.innerHTML = html;
    };
    set('[data-counter]', this.s('counter', { number: this.index + 1, total: this.slides.length }));
    set('[data-current]', current?.querySelector('.kns-slide__inner')?.innerHTML ?? '');
    set('[data-notes-body]', this.notesHtml(this.index));
    set('[data-next]', next ? `${this.s('nextSlide')} ${next.querySelector('h1, h2')?.textContent ?? ''}` : this.s('lastSlide'));
    const revealed = current?.hasAttribute('data-revealed');
    doc.querySelector('[data-current]')?.toggleAttribute('data-revealed', Boolean(revealed));
  }

  private toggleNotes(): void {
    const panel = this.querySelector<HTMLElement>('[data-notes-panel]');
    const button = this.querySelector('[data-action="notes"]');
    if (!panel) return;
    panel.hidden = !panel.hidden;
    button?.setAttribute('aria-pressed', String(!panel.hidden));
    this.sync();
  }

  /**
   * A second window for the trainer's laptop screen: the current slide, its notes, what comes
   * next and the time. Built by this page (no fetch, so it works offline) and kept in step with it;
   * keys pressed there drive the deck too.
   */
  private openPresenter(): void {
    if (this.presenter && !this.presenter.closed) {
      this.presenter.focus();
      return;
    }
    const win = window.open('', 'kns-presenter', 'width=1000,height=700');
    if (!win) {
      const panel = this.querySelector<HTMLElement>('[data-notes-panel]');
      const body = this.querySelector('[data-notes-body]');
      if (panel && body) {
        panel.hidden = false;
        body.innerHTML = `<p><strong>${this.s('popupBlocked')}</strong></p>${this.notesHtml(this.index)}`;
      }
      return;
    }
    this.presenter = win;
    const doc = win.document;
    doc.documentElement.lang = 'vi';
    doc.title = `${this.s('notesTitle')}: ${this.dataset.title ?? ''}`;
    const style = doc.createElement('style');
    style.textContent = PRESENTER_CSS;
    doc.head.replaceChildren(style);
    doc.body.innerHTML = `<main><header><span data-counter></span> · <span data-timer></span></header>
      <section class="now" data-current></section>
      <section class="notes"><h1>${this.s('notesTitle')}</h1><div data-notes-body></div></section>
      <p class="next" data-next></p>
      <nav><button type="button" data-go="prev">◀ ${this.s('prev')}</button><button type="button" data-go="next">${this.s('next')} ▶</button></nav></main>`;
    doc.addEventListener('keydown', (event) => this.onKey(event));
    doc.addEventListener('click', (event) => {
      const go = (event.target as HTMLElement).closest<HTMLElement>('[data-go]')?.dataset.go;
      if (go === 'next') this.next();
      if (go === 'prev') this.go(this.index - 1);
    });
    this.sync();
  }

  private toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  private setTheme(dark: boolean): void {
    this.dataset.theme = dark ? 'dark' : 'light';
    document.documentElement.dataset.deckTheme = this.dataset.theme;
    this.querySelector('[data-action="theme"]')?.setAttribute('aria-pressed', String(dark));
    if (dark) safeLocalStorage.set(THEME_KEY, 'dark');
    else safeLocalStorage.remove(THEME_KEY);
  }
}

/** The largest text that fits: at least the base size (4.6 % of the screen height), at most 1.6×. */
const FIT = { min: 1, max: 1.6, steps: 7 } as const;

/**
 * Makes a shown slide's text as large as fits its screen: many slides filled only the top half.
 * A binary search over `--kns-fit` (slides.css sizes everything in em from it). A quiz slide must
 * fit both before and after its answer is revealed, so revealing never makes it overflow.
 */
function fitSlide(slide: HTMLElement): void {
  const inner = slide.querySelector<HTMLElement>('.kns-slide__inner');
  if (!inner) return;
  const style = getComputedStyle(slide);
  const room = slide.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
  const revealed = slide.hasAttribute('data-revealed');
  const states = slide.dataset.kind === 'quiz' ? [false, true] : [revealed];
  const fits = (scale: number) => {
    slide.style.setProperty('--kns-fit', String(scale));
    const ok = states.every((state) => {
      slide.toggleAttribute('data-revealed', state);
      return inner.scrollHeight <= room + 1 && inner.scrollWidth <= inner.clientWidth + 1;
    });
    slide.toggleAttribute('data-revealed', revealed);
    return ok;
  };
  let low: number = FIT.min;
  let high: number = FIT.max;
  if (fits(high)) low = high;
  else if (fits(low))
    for (let i = 0; i < FIT.steps; i++) {
      const mid = (low + high) / 2;
      if (fits(mid)) low = mid;
      else high = mid;
    }
  // Rounded down: a scale rounded up can wrap one more line than the one that was measured.
  slide.style.setProperty('--kns-fit', String(Math.floor(low * 1000) / 1000));
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

customElements.define('kns-deck', DeckElement);
