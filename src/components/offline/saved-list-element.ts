import { savedCourses } from '../../lib/offline/save';

/** <kns-saved-list> (SavedList.astro): shows the links of the courses saved on this device. */
class SavedList extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const scope = new URL(this.dataset.scope ?? '/', location.href).href;
    let saved = new Map<string, unknown>();
    try {
      if ('caches' in window) saved = await savedCourses(scope, caches);
    } catch {
      // Storage unavailable: nothing is saved.
    }
    for (const item of this.querySelectorAll<HTMLElement>('[data-course]')) item.hidden = !saved.has(item.dataset.course ?? '');
    const none = this.querySelector<HTMLElement>('[data-none]');
    if (none) none.hidden = saved.size > 0;
  }
}
customElements.define('kns-saved-list', SavedList);
