import { readProgress } from '../../lib/progress/client';
import { courseStatus } from '../../lib/progress/progress';

/**
 * Shows this device's progress on server-rendered pages: a ✓ on done lessons (any element with
 * `data-kns-code`: sidebar links, course lists) and the completion offer of a finished course
 * (`data-kns-course-codes`). Safe to run again after progress changes.
 */
export function applyProgressMarks(labels: { done: string; read: string }): void {
  const { progress } = readProgress();
  for (const old of document.querySelectorAll('.kns-mark')) old.remove();
  for (const element of document.querySelectorAll<HTMLElement>('[data-kns-code]')) {
    const state = progress.lessons[element.dataset.knsCode ?? ''];
    const kind = state?.done ? 'done' : state?.read ? 'read' : undefined;
    element.dataset.knsProgress = kind ?? '';
    if (!kind) continue;
    const target = element.matches('a') ? element : element.querySelector('a');
    const mark = document.createElement('span');
    mark.className = `kns-mark kns-mark--${kind}`;
    mark.innerHTML = `<span aria-hidden="true">${kind === 'done' ? '✓' : '•'}</span><span class="sr-only"></span>`;
    (mark.lastElementChild as HTMLElement).textContent = ` (${labels[kind]})`;
    target?.append(mark);
  }
  for (const block of document.querySelectorAll<HTMLElement>('[data-kns-course-codes]')) {
    const codes = (block.dataset.knsCourseCodes ?? '').split(',').filter(Boolean);
    block.hidden = !courseStatus(progress, codes).complete;
  }
}
