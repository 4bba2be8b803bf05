import { safeLocalStorage } from '../../lib/storage/safe-storage';

class TrainerToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const { key = '', attr = '' } = this.dataset;
    if (!button || !key || !attr) return;
    const root = document.documentElement;
    const show = (on: boolean) => {
      root.toggleAttribute(attr, on);
      button.setAttribute('aria-checked', String(on));
    };
    show(root.hasAttribute(attr));
    // With the notes on, the trainer's tools stay unfolded: the switch shows that they are on.
    const tools = this.closest('details');
    if (tools && root.hasAttribute(attr)) tools.open = true;
    button.disabled = false;
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-checked') !== 'true';
      show(on);
      if (on) safeLocalStorage.set(key, '1');
      else safeLocalStorage.remove(key);
    });
  }
}
customElements.define('kns-trainer-toggle', TrainerToggle);
