import { readStrings, type Say } from '../../lib/i18n/client-strings';
import { type PracticeMode, saveRun } from '../../lib/practice/results';
import { normaliseTyped } from '../../lib/practice/typed';
import { safeLocalStorage } from '../../lib/storage/safe-storage';

/** A step as the page carries it (the flow's own fields, see PracticeFlow.astro). */
interface StepData {
  screen: string;
  part: string;
  hint: string;
  type?: string;
  wrong?: string;
  wrongs: Record<string, string>;
  done?: string;
}

/** Marks the part to use at each step, in both modes, for tests and tools from outside. */
const TARGET = 'data-practice-target';

/**
 * <kns-practice>: runs a practice flow on its mock screens. "Có hướng dẫn" highlights the part to
 * use and shows its hint (tied to the part by `aria-describedby`); "Tự làm" shows the hint only
 * after a wrong tap or on request. A wrong tap gets a short, kind explanation in a live region,
 * and nothing else happens. At the end: the score, the steps to practise again, and the result
 * kept on this device (lib/practice/results.ts) for the progress page.
 */
class Practice extends HTMLElement {
  private s!: Say;
  private steps: StepData[] = [];
  private mode: PracticeMode = 'guided';
  private index = 0;
  /** Per step: a wrong tap, or (on one's own) the hint asked for. */
  private missed: boolean[] = [];
  private q = <T extends Element = HTMLElement>(selector: string) => this.querySelector<T>(selector);

  connectedCallback() {
    const s = readStrings(this, 'kns.practice.');
    if (!s) return;
    try {
      this.steps = JSON.parse(this.dataset.steps ?? '[]') as StepData[];
    } catch {
      return;
    }
    if (this.steps.length === 0) return;
    this.s = s;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-mode]'))
      button.addEventListener('click', () => this.start(button.dataset.mode === 'own' ? 'own' : 'guided'));
    this.q('[data-restart]')?.addEventListener('click', () => this.start(this.mode));
    this.q('[data-try-own]')?.addEventListener('click', () => this.start('own'));
    this.q('[data-show-hint]')?.addEventListener('click', () => {
      this.missed[this.index] = true;
      this.revealHint();
    });
    const phone = this.q('[data-phone]');
    phone?.addEventListener('click', (event) => {
      const part = (event.target as Element).closest<HTMLElement>('[data-part]');
      if (part) this.tap(part);
    });
    phone?.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      const step = this.steps[this.index];
      if (step?.type && input.hasAttribute(TARGET) && normaliseTyped(input.value) === normaliseTyped(step.type)) this.advance();
    });
    phone?.addEventListener('keydown', (event) => {
      const input = event.target as HTMLElement;
      if (event.key !== 'Enter' || !(input instanceof HTMLInputElement)) return;
      event.preventDefault();
      if (input.hasAttribute(TARGET)) this.wrong(this.s('wrongTyped'));
    });
    this.q('[data-modes]')?.removeAttribute('hidden');
    this.q('[data-stage]')?.removeAttribute('hidden');
    this.start('guided', false);
  }

  /** Starts the flow from its first step in a mode; fields go back to what they first held. */
  private start(mode: PracticeMode, focus = true) {
    this.mode = mode;
    this.index = 0;
    this.missed = this.steps.map(() => false);
    this.dataset.mode = mode;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-mode]'))
      button.setAttribute('aria-pressed', String(button.dataset.mode === mode));
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-phone] input')) input.value = input.dataset.initial ?? '';
    const end = this.q('[data-end]');
    if (end) end.hidden = true;
    this.q('[data-stage]')?.removeAttribute('hidden');
    this.say('');
    this.show(focus);
  }

  private show(focus: boolean) {
    const step = this.steps[this.index];
    if (!step) return;
    const screens = [...this.querySelectorAll<HTMLElement>('[data-screen]')];
    const before = screens.find((screen) => !screen.hidden);
    for (const old of this.querySelectorAll(`[${TARGET}]`)) {
      old.removeAttribute(TARGET);
      old.removeAttribute('aria-describedby');
    }
    const screen = screens.find((s) => s.dataset.screen === step.screen);
    for (const s of screens) s.hidden = s !== screen;
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-phone] input')) input.readOnly = true;
    const target = screen?.querySelector<HTMLElement>(`[data-part="${step.part}"]`);
    if (!screen || !target) return;
    target.setAttribute(TARGET, '');
    if (target instanceof HTMLInputElement) target.readOnly = false;
    const progress = this.q('[data-progress]');
    if (progress) progress.textContent = this.s('step', { n: this.index + 1, total: this.steps.length });
    const text = this.q('[data-hint-text]');
    if (text) text.textContent = step.hint;
    const guided = this.mode === 'guided';
    const hint = this.q('[data-hint]');
    if (hint) hint.hidden = !guided;
    if (guided) target.setAttribute('aria-describedby', this.dataset.hintId ?? '');
    const ask = this.q('[data-show-hint]');
    if (ask) ask.hidden = guided;
    if (!focus) return;
    // The step line and hint above the phone come into view with the screen (on a phone they
    // sit above it), then the part to use if the screen is taller than the window.
    this.q('[data-stage]')?.scrollIntoView({ block: 'start' });
    target.scrollIntoView({ block: 'nearest' });
    // A new screen: focus it, so a screen reader names it and Tab starts from its top. On the
    // same screen, a typing step puts the caret in its field; otherwise focus stays where it is.
    if (screen !== before) screen.focus({ preventScroll: true });
    else if (target instanceof HTMLInputElement) target.focus({ preventScroll: true });
  }

  private revealHint() {
    const hint = this.q('[data-hint]');
    if (hint) hint.hidden = false;
    const ask = this.q('[data-show-hint]');
    if (ask) ask.hidden = true;
    this.q(`[${TARGET}]`)?.setAttribute('aria-describedby', this.dataset.hintId ?? '');
  }

  /** Says something in the live region: kind words after a wrong tap, or what a right one showed. */
  private say(text: string, tone: 'right' | 'wrong' | '' = '') {
    const feedback = this.q('[data-feedback]');
    if (!feedback) return;
    feedback.textContent = text;
    feedback.dataset.tone = tone;
  }

  private tap(part: HTMLElement) {
    const step = this.steps[this.index];
    if (!step) return;
    if (part.hasAttribute(TARGET)) {
      // A field is used by typing in it; a tap on it only puts the caret there.
      if (!(part instanceof HTMLInputElement)) this.advance();
      return;
    }
    this.wrong(step.wrongs[part.dataset.part ?? ''] ?? step.wrong ?? this.s('wrong'));
  }

  private wrong(text: string) {
    this.missed[this.index] = true;
    this.say(text, 'wrong');
    if (this.mode === 'own') this.revealHint();
    this.q('[data-feedback]')?.scrollIntoView({ block: 'nearest' });
  }

  private advance() {
    this.say(this.steps[this.index]?.done ?? this.s('right'), 'right');
    this.index += 1;
    if (this.index < this.steps.length) this.show(true);
    else this.finish();
  }

  private finish() {
    const total = this.steps.length;
    const again = this.missed.flatMap((missed, i) => (missed ? [i + 1] : []));
    const right = total - again.length;
    const own = this.mode === 'own';
    for (const old of this.querySelectorAll(`[${TARGET}]`)) {
      old.removeAttribute(TARGET);
      old.removeAttribute('aria-describedby');
    }
    const stage = this.q('[data-stage]');
    if (stage) stage.hidden = true;
    const score = this.q('[data-score]');
    const counts = { right, total };
    if (score)
      score.textContent = `${own ? this.s('scoreOwn', counts) : this.s('scoreGuided', counts)}. ${
        again.length === 0 ? this.s(own ? 'allRightOwn' : 'allRightGuided') : ''
      }`.trim();
    const list = this.q('[data-again-list]');
    if (list)
      list.replaceChildren(
        ...again.map((n) => {
          const li = document.createElement('li');
          li.textContent = `${this.s('step', { n, total })}: ${this.steps[n - 1]?.hint ?? ''}`;
          return li;
        }),
      );
    const againBox = this.q('[data-again]');
    if (againBox) againBox.hidden = again.length === 0;
    const kept = saveRun(safeLocalStorage, this.dataset.flow ?? '', {
      mode: this.mode,
      right,
      total,
      at: new Date().toISOString(),
      again,
    });
    const saved = this.q('[data-saved]');
    if (saved) saved.textContent = kept ? this.s('saved') : this.s('notSaved');
    const tryOwn = this.q('[data-try-own]');
    if (tryOwn) tryOwn.hidden = own;
    const end = this.q('[data-end]');
    if (end) {
      end.hidden = false;
      end.focus();
    }
  }
}
customElements.define('kns-practice', Practice);
