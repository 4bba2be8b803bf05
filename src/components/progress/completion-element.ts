import { formatDateVi, todayInVietnam } from '../../lib/format/date';
import { readStrings } from '../../lib/i18n/client-strings';
import { readProgress, updateProgress } from '../../lib/progress/client';
import { courseStatus } from '../../lib/progress/progress';

/**
 * <kns-completion>: the course certificate. Shown only when every lesson of the course is done
 * on this device; the learner's name is typed, kept, and printed exactly as typed.
 */
class Completion extends HTMLElement {
  connectedCallback() {
    const codes = (this.dataset.codes ?? '').split(',').filter(Boolean);
    const { progress } = readProgress();
    const status = courseStatus(progress, codes);
    const notice = this.querySelector<HTMLElement>('[data-notice]');
    const sheet = this.querySelector<HTMLElement>('[data-sheet]');
    const input = this.querySelector<HTMLInputElement>('#learner-name');
    const name = this.querySelector<HTMLElement>('[data-name]');
    const date = this.querySelector<HTMLElement>('[data-date]');
    const left = this.querySelector<HTMLElement>('[data-left]');
    const s = readStrings(this, 'kns.completion.');
    if (!notice || !sheet || !input || !name || !date || !left || !s) return;
    if (!status.complete) {
      notice.textContent = s('notComplete', { left: status.total - status.done });
      notice.hidden = false;
      // What is still to do, each a link; nothing to print yet.
      for (const item of left.querySelectorAll<HTMLElement>('li[data-code]'))
        item.hidden = Boolean(progress.lessons[item.dataset.code ?? '']?.done);
      left.hidden = false;
      sheet.hidden = true;
      this.querySelector<HTMLElement>('[data-name-field]')?.setAttribute('hidden', '');
      for (const button of document.querySelectorAll<HTMLElement>('[data-kns-print]')) button.hidden = true;
      return;
    }
    const placeholder = name.textContent ?? '';
    // textContent, never HTML: the name is shown exactly as typed.
    const show = () => {
      name.textContent = input.value.trim() || placeholder;
    };
    // A name typed before this script ran (a slow phone) is kept, not replaced by the saved one.
    if (!input.value) input.value = progress.learnerName;
    show();
    // Today in Vietnam (UTC+7), written day/month/year.
    date.textContent = s('date', { date: formatDateVi(new Date(`${todayInVietnam()}T00:00:00Z`)) });
    input.addEventListener('input', show);
    input.addEventListener('change', () => {
      const kept = updateProgress((p) => ({ ...p, learnerName: input.value.trim().slice(0, 80) }));
      if (!kept) {
        // The name is still on the sheet for printing now; say that it will not be remembered.
        notice.textContent = s('notKept');
        notice.hidden = false;
      }
    });
  }
}
customElements.define('kns-completion', Completion);
