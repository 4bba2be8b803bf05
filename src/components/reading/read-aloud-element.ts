import { readStrings, type Say } from '../../lib/i18n/client-strings';
import { parseReadRate, READ_RATES } from '../../lib/read-aloud/voices';
import { safeLocalStorage } from '../../lib/storage/safe-storage';
import type { ReadAloudSession } from './read-aloud-session';

/**
 * <kns-read-aloud>: the "Nghe bài" controls of a lesson. This part is small and loads with the
 * page; the reading itself (read-aloud-session.ts) is fetched on the first press, so the many
 * readers who never listen do not download it.
 */
class ReadAloudElement extends HTMLElement {
  private say: Say = (key) => key;
  private session: Promise<ReadAloudSession | undefined> | undefined;

  connectedCallback(): void {
    const say = readStrings(this, 'kns.read.');
    if (!say) return;
    this.say = say;
    const play = this.querySelector<HTMLButtonElement>('[data-play]');
    const stop = this.querySelector<HTMLButtonElement>('[data-stop]');
    const rate = this.querySelector<HTMLSelectElement>('select[data-rate]');
    if (!play || !stop || !rate) return;
    const rateKey = this.dataset.rateKey ?? '';
    rate.value = parseReadRate(safeLocalStorage.get(rateKey));
    const speed = () => READ_RATES[parseReadRate(rate.value)];

    play.addEventListener('click', async () => {
      (await this.open())?.toggle(speed());
    });
    stop.addEventListener('click', async () => (await this.session)?.stop());
    rate.addEventListener('change', async () => {
      safeLocalStorage.set(rateKey, parseReadRate(rate.value));
      (await this.session)?.setRate(speed());
    });
    // Leaving the page stops the voice (some browsers keep speaking on the next page).
    window.addEventListener('pagehide', async () => (await this.session)?.stop());
  }

  private status(text: string): void {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = text;
  }

  /** The reading session, loaded once; undefined (with a plain message) when it cannot be had. */
  private open(): Promise<ReadAloudSession | undefined> {
    const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
    if (!synth || typeof SpeechSynthesisUtterance !== 'function') {
      this.status(this.say('noSpeech'));
      return Promise.resolve(undefined);
    }
    // On a slow connection the first press takes a moment: say so at once.
    if (!this.session) this.status(this.say('preparing'));
    this.session ??= import('./read-aloud-session').then(
      ({ ReadAloudSession }) => new ReadAloudSession(this, synth, this.say),
      () => {
        // Offline before the reading part was ever fetched: say so, and try again next press.
        this.session = undefined;
        this.status(this.say('notLoaded'));
        return undefined;
      },
    );
    return this.session;
  }
}

customElements.define('kns-read-aloud', ReadAloudElement);
