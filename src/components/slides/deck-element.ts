import { readStrings, type Say } from '../../lib/i18n/client-strings';
import { SLIDES_THEME_KEY as THEME_KEY } from '../../lib/storage/prefs-boot';
import { safeLocalStorage } from '../../lib/storage/safe-storage';
import { fitSlide } from './fit-slide';
import { PresenterWindow } from './presenter-window';

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
  private presenter: PresenterWindow | undefined;
  private timer: number | undefined;

  private s(key: string, values?: Record<string, string | number>): string {
    return this.say(key, values);
  }

  connectedCallback(): void {
    const say = readStrings(this, 'kns.slides.');
    if (!say) return;
    this.say = say;
    this.presenter = new PresenterWindow(say, {
      onKey: (event) => this.onKey(event),
      onGo: (direction) => (direction === 'next' ? this.next() : this.go(this.index - 1)),
    });
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
    this.presenter?.setTimer(text);
  }

  /** Updates what follows the current slide: the notes panel and the presenter window. */
  private sync(): void {
    const body = this.querySelector('[data-notes-body]');
    if (body) body.innerHTML = this.notesHtml(this.index);
    this.tick();
    if (!this.presenter?.isOpen) return;
    const current = this.slides[this.index];
    const next = this.slides[this.index + 1];
    this.presenter.show({
      counter: this.s('counter', { number: this.index + 1, total: this.slides.length }),
      slideHtml: current?.querySelector('.kns-slide__inner')?.innerHTML ?? '',
      revealed: Boolean(current?.hasAttribute('data-revealed')),
      notesHtml: this.notesHtml(this.index),
      next: next ? `${this.s('nextSlide')} ${next.querySelector('h1, h2')?.textContent ?? ''}` : this.s('lastSlide'),
    });
  }

  private toggleNotes(): void {
    const panel = this.querySelector<HTMLElement>('[data-notes-panel]');
    const button = this.querySelector('[data-action="notes"]');
    if (!panel) return;
    panel.hidden = !panel.hidden;
    button?.setAttribute('aria-pressed', String(!panel.hidden));
    this.sync();
  }

  /** The presenter window (presenter-window.ts); when the browser blocks it, the notes show here. */
  private openPresenter(): void {
    if (this.presenter?.open(this.dataset.title ?? '')) {
      this.sync();
      return;
    }
    const panel = this.querySelector<HTMLElement>('[data-notes-panel]');
    const body = this.querySelector('[data-notes-body]');
    if (panel && body) {
      panel.hidden = false;
      body.innerHTML = `<p><strong>${this.s('popupBlocked')}</strong></p>${this.notesHtml(this.index)}`;
    }
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

customElements.define('kns-deck', DeckElement);
