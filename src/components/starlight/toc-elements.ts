/**
 * Starlight's tables of contents ("Trên trang này"), defined by the site's one script instead of
 * two scripts of their own (src/integrations/light-pages.ts takes those out of Starlight's
 * components). Importing Starlight's module defines `<starlight-toc>`, which marks the section
 * in view; the phone version below is Starlight's own, kept as it is: it shows the current
 * section in its bar and closes on a link, a click outside or Escape.
 */
import { StarlightTOC } from '@kns/starlight-toc';

class MobileStarlightTOC extends StarlightTOC {
  override set current(link: HTMLAnchorElement) {
    super.current = link;
    const display = this.querySelector<HTMLElement>('.display-current');
    if (display) display.textContent = link.textContent;
  }

  constructor() {
    super();
    const details = this.querySelector('details');
    if (!details) return;
    const closeToC = () => {
      details.open = false;
    };
    for (const link of details.querySelectorAll('a')) link.addEventListener('click', closeToC);
    window.addEventListener('click', (event) => {
      if (!details.contains(event.target as Node)) closeToC();
    });
    window.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && details.open) {
        const hasFocus = details.contains(document.activeElement);
        closeToC();
        if (hasFocus) details.querySelector('summary')?.focus();
      }
    });
  }
}

customElements.define('mobile-starlight-toc', MobileStarlightTOC);
