import { readStrings } from '../../lib/i18n/client-strings';
import { readProgress } from '../../lib/progress/client';
import { startedFirst } from '../../lib/progress/next';
import { courseStatus, PROGRESS_KEY } from '../../lib/progress/progress';
import { safeLocalStorage } from '../../lib/storage/safe-storage';
import { applyProgressMarks } from './progress-marks';

/**
 * <kns-progress-page>: the progress page. Fills each course's status line from what this device
 * remembers, puts the courses the learner started first, marks the lessons, and offers to forget
 * it all (after asking).
 */
class ProgressPage extends HTMLElement {
  connectedCallback() {
    const s = readStrings(this, 'kns.progress.');
    if (!s) return;
    const notice = this.querySelector<HTMLElement>('[data-notice]');
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]');
    const list = this.querySelector<HTMLElement>('[data-courses]');
    const codesOf = (section: HTMLElement) => (section.dataset.knsCourseStatus ?? '').split(',').filter(Boolean);
    const render = () => {
      const { progress, problem } = readProgress();
      if (notice && (problem === 'unavailable' || problem === 'damaged')) {
        notice.textContent = s(problem);
        notice.hidden = false;
      }
      const sections = [...this.querySelectorAll<HTMLElement>('[data-kns-course-status]')];
      for (const section of sections) {
        const status = courseStatus(progress, codesOf(section));
        const line = section.querySelector('[data-status]');
        const counts = { done: status.done, read: status.read, total: status.total };
        if (line) line.textContent = `${s('courseStatus', counts)} · ${s('readStatus', counts)}`;
      }
      // The courses the learner has started come first, the latest first.
      list?.append(...startedFirst(progress, sections, codesOf));
      applyProgressMarks({ done: s('done'), read: s('read') });
    };
    render();
    if (!reset) return;
    reset.hidden = false;
    reset.addEventListener('click', () => {
      if (!window.confirm(s('resetConfirm'))) return;
      safeLocalStorage.remove(PROGRESS_KEY);
      render();
      if (notice) {
        notice.textContent = s('resetDone');
        notice.hidden = false;
      }
    });
  }
}
customElements.define('kns-progress-page', ProgressPage);
