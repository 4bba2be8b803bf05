import { readStrings } from '../../lib/i18n/client-strings';

class ShareElement extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const strings = readStrings(this, 'kns.share.');
    if (!button || !status || !strings) return;
    const say = (key: string, link: string) => {
      status.textContent = strings(key, { link });
    };
    button.addEventListener('click', async () => {
      // The short link on the host the reader is on: printed QR codes use the same path.
      const url = new URL(this.dataset.path ?? '/', location.href).href;
      const title = this.dataset.title ?? document.title;
      if (navigator.share && matchMedia('(pointer: coarse)').matches) {
        try {
          await navigator.share({ title, text: title, url });
          return;
        } catch (error) {
          if ((error as DOMException).name === 'AbortError') return;
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        say('copied', url);
      } catch {
        say('copyByHand', url);
      }
    });
  }
}
customElements.define('kns-share', ShareElement);
