import { formatDateVi } from '../../lib/format/date';
import { readStrings } from '../../lib/i18n/client-strings';
import { loadResults, PRACTICE_KEY, type PracticeRun } from '../../lib/practice/results';
import { readProgress } from '../../lib/progress/client';
import { startedFirst } from '../../lib/progress/next';
import { courseStatus, PROGRESS_KEY } from '../../lib/progress/progress';
import { safeLocalStorage } from '../../lib/storage/safe-storage';
import { applyProgressMarks } from './progress-marks';

/** The day of an ISO time as people in Vietnam (UTC+7) write it. */
const dayOf = (at: string) => formatDateVi(new Date(Date.parse(at) + 7 * 3600_000));

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
      // Practice results: the last run, and the best on one's own when it was another run.
      const { results } = loadResults(safeLocalStorage);
      const line = (run: PracticeRun) =>
        s(run.mode === 'own' ? 'practiceOwn' : 'practiceGuided', { date: dayOf(run.at), right: run.right, total: run.total });
      for (const item of this.querySelectorAll<HTMLElement>('[data-kns-practice]')) {
        const result = results.flows[item.dataset.knsPractice ?? ''];
        const status = item.querySelector('[data-practice-status]');
        if (!status) continue;
        const best = result?.bestOwn && result.bestOwn.at !== result.last.at ? result.bestOwn : undefined;
        status.textContent = !result
          ? s('practiceNone')
          : best
            ? `${line(result.last)} · ${s('practiceBest', { right: best.right, total: best.total })}`
            : line(result.last);
      }
    };
    render();
    if (!reset) return;
    reset.hidden = false;
    reset.addEventListener('click', () => {
      if (!window.confirm(s('resetConfirm'))) return;
      safeLocalStorage.remove(PROGRESS_KEY);
      safeLocalStorage.remove(PRACTICE_KEY);
      render();
      if (notice) {
        notice.textContent = s('resetDone');
        notice.hidden = false;
      }
    });
  }
}
customElements.define('kns-progress-page', ProgressPage);
