import { formatDateVi, todayInVietnam } from '../../lib/format/date';
import { readStrings, type Say } from '../../lib/i18n/client-strings';
import type { SavedRecord } from '../../lib/offline/names';
import type { OfflineData } from '../../lib/offline/offline-data';
import {
  outdated,
  removeCourse,
  type SaveEnv,
  SaveError,
  type SaveItem,
  saveCourse,
  savedCourses,
  saveItem,
} from '../../lib/offline/save';
import { formatBytes } from '../../lib/offline/size';

const savedOn = (record: SavedRecord) => formatDateVi(new Date(`${todayInVietnam(new Date(record.savedAt))}T00:00:00Z`));

/**
 * <kns-save-courses> (SaveCourses.astro): saves courses whole into the browser's cache, shows
 * what is saved, deletes on request, and quietly saves again a course the site has changed.
 */
class SaveCourses extends HTMLElement {
  private say: Say = (key) => key;
  private scope = '';
  private data: OfflineData | undefined;
  private saved = new Map<string, SavedRecord>();
  private busy = false;

  async connectedCallback(): Promise<void> {
    const say = readStrings(this, 'kns.offline.');
    if (!say) return;
    this.say = say;
    this.scope = new URL(this.dataset.scope ?? '/', location.href).href;
    if (!('caches' in window) || !navigator.serviceWorker) {
      this.find('[data-unsupported]').hidden = false;
      return;
    }
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      const id = button?.closest<HTMLElement>('[data-course]')?.dataset.course;
      if (!button || this.busy) return;
      if (button.matches('[data-save]') && id) void this.save([id]);
      if (button.matches('[data-remove]') && id) void this.removeSaved(id);
      if (button.matches('[data-save-all]')) void this.save(this.courseIds().filter((c) => !this.saved.has(c)));
    });
    try {
      this.saved = await savedCourses(this.scope, caches);
    } catch {
      this.saved = new Map();
    }
    this.render();
    // Offline, what is saved is shown, and saving waits for a connection.
    if (navigator.onLine) {
      try {
        const response = await fetch(this.dataset.data ?? '', { cache: 'no-cache' });
        if (response.ok) this.data = (await response.json()) as OfflineData;
      } catch {
        // The list could not be read: nothing to save now.
      }
    }
    this.render();
    if (this.data && navigator.onLine) {
      const stale = outdated(this.saved, this.data).filter((c) => this.courseIds().includes(c.id));
      if (stale.length > 0)
        void this.save(
          stale.map((c) => c.id),
          true,
        );
    }
  }

  private find<T extends HTMLElement>(selector: string, root: ParentNode = this): T {
    return root.querySelector<T>(selector) as T;
  }

  private courseIds(): string[] {
    return [...this.querySelectorAll<HTMLElement>('[data-course]')].map((li) => li.dataset.course ?? '');
  }

  private course(id: string): SaveItem | undefined {
    const course = this.data?.courses.find((c) => c.id === id);
    return this.data && course ? saveItem(this.data, course) : undefined;
  }

  private env(): SaveEnv {
    return {
      caches,
      fetch: (...args) => fetch(...args),
      room: async () => {
        const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
        return estimate?.quota !== undefined ? estimate.quota - (estimate.usage ?? 0) : undefined;
      },
    };
  }

  /** Saves the courses one after another; with `quiet`, a refresh of courses already saved. */
  private async save(ids: string[], quiet = false): Promise<void> {
    if (ids.length === 0) return;
    this.busy = true;
    const message = this.find('[data-message]');
    if (!quiet) {
      message.textContent = '';
      message.classList.remove('kns-notice--warn');
    }
    for (const id of ids) {
      const course = this.course(id);
      const item = this.find<HTMLElement>(`[data-course="${id}"]`);
      if (!course || !item) continue;
      const state = this.find('[data-state]', item);
      const progress = this.find<HTMLProgressElement>('progress', item);
      for (const button of this.querySelectorAll<HTMLButtonElement>('button')) button.disabled = true;
      if (!quiet) progress.hidden = false;
      try {
        await saveCourse(course, this.scope, this.env(), ({ done, total }) => {
          const percent = total ? Math.round((done / total) * 100) : 0;
          progress.value = percent;
          state.textContent = quiet ? this.say('updating') : this.say('saving', { percent, done, total });
        });
        this.saved = await savedCourses(this.scope, caches);
        void navigator.storage?.persist?.().then((persisted) => {
          const line = this.querySelector<HTMLElement>('[data-persisted]');
          if (line) line.hidden = !persisted;
        });
      } catch (error) {
        if (!quiet) {
          message.textContent =
            error instanceof SaveError && error.kind === 'full'
              ? this.say('full', { size: formatBytes(course.bytes) })
              : this.say('failed', { part: error instanceof SaveError ? error.part : (item.dataset.title ?? id) });
          message.classList.add('kns-notice--warn');
        }
        break;
      } finally {
        progress.hidden = true;
      }
    }
    this.busy = false;
    this.render();
  }

  private async removeSaved(id: string): Promise<void> {
    const title = this.find<HTMLElement>(`[data-course="${id}"]`)?.dataset.title ?? id;
    if (!window.confirm(this.say('removeConfirm', { course: title }))) return;
    await removeCourse(id, caches);
    this.saved = await savedCourses(this.scope, caches);
    this.render();
    const message = this.find('[data-message]');
    message.classList.remove('kns-notice--warn');
    message.textContent = this.say('removed');
  }

  private render(): void {
    for (const item of this.querySelectorAll<HTMLElement>('[data-course]')) {
      const id = item.dataset.course ?? '';
      const record = this.saved.get(id);
      const course = this.course(id);
      const save = this.find<HTMLButtonElement>('[data-save]', item);
      const remove = this.find<HTMLButtonElement>('[data-remove]', item);
      this.find('[data-state]', item).textContent = record
        ? this.say('saved', { date: savedOn(record), size: formatBytes(record.bytes) })
        : this.querySelector('[data-save-all]')
          ? this.say('notSaved')
          : '';
      save.hidden = Boolean(record) || !course;
      if (course) save.textContent = this.say('save', { size: formatBytes(course.bytes) });
      remove.hidden = !record;
      save.disabled = this.busy;
      remove.disabled = this.busy;
    }
    const all = this.querySelector<HTMLButtonElement>('[data-save-all]');
    if (all && this.data) {
      const missing = this.data.courses.filter((c) => !this.saved.has(c.id));
      all.hidden = missing.length === 0;
      all.disabled = this.busy;
      // The files the courses share (scripts, search) are downloaded once.
      const sum = (files: readonly { bytes: number }[]) => files.reduce((total, file) => total + file.bytes, 0);
      const bytes = sum(this.data.shared) + missing.reduce((total, c) => total + sum(c.pages), 0);
      all.textContent = this.say('saveAll', { size: formatBytes(bytes) });
    }
    void this.showStorage();
  }

  private async showStorage(): Promise<void> {
    const line = this.querySelector<HTMLElement>('[data-storage]');
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    if (!line || estimate?.quota === undefined) return;
    const used = estimate.usage ?? 0;
    line.textContent = this.say('storage', { used: formatBytes(used), free: formatBytes(estimate.quota - used) });
    line.hidden = false;
  }
}
customElements.define('kns-save-courses', SaveCourses);
