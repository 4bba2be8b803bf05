/**
 * <kns-offline-status> (OfflineStatus.astro). Kept small: it is on every page's first load.
 * Its first child shows while there is no connection; its second when a new version of the site
 * has taken over, which also asks the service worker to save again, in the background, the saved
 * courses that changed. The worker is registered once the page has loaded.
 */
class OfflineStatus extends HTMLElement {
  connectedCallback(): void {
    const [offline, update] = [...this.children] as HTMLElement[];
    const show = () => {
      if (offline) offline.hidden = navigator.onLine;
    };
    addEventListener('online', show);
    addEventListener('offline', show);
    show();
    const sw = navigator.serviceWorker;
    if (!sw) return;
    const had = sw.controller;
    sw.addEventListener('controllerchange', () => {
      if (!had || !update) return;
      update.hidden = false;
      sw.controller?.postMessage('kns-refresh');
    });
    update?.querySelector('button')?.addEventListener('click', () => location.reload());
    const register = () => sw.register(this.dataset.sw ?? '', { scope: this.dataset.scope ?? '/' }).catch(() => {});
    if (document.readyState === 'complete') register();
    else addEventListener('load', register, { once: true });
  }
}
customElements.define('kns-offline-status', OfflineStatus);
