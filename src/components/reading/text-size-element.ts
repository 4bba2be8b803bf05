import { parseTextSize } from '../../lib/prefs/text-size';
import { safeLocalStorage } from '../../lib/storage/safe-storage';

class TextSizeElement extends HTMLElement {
  connectedCallback() {
    const { key = '', attr = '' } = this.dataset;
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-size]')];
    if (!key || !attr || buttons.length === 0) return;
    const root = document.documentElement;
    const show = (value: unknown) => {
      const size = parseTextSize(value);
      if (size === 'normal') root.removeAttribute(attr);
      else root.setAttribute(attr, size);
      for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.size === size));
    };
    show(root.getAttribute(attr));
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const size = parseTextSize(button.dataset.size);
        show(size);
        if (size === 'normal') safeLocalStorage.remove(key);
        else safeLocalStorage.set(key, size);
      });
    }
    // Another tab changed the size: follow it.
    window.addEventListener('storage', (event) => {
      if (event.key === key) show(event.newValue);
    });
  }
}
customElements.define('kns-text-size', TextSizeElement);
