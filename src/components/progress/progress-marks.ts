import { readProgress } from '../../lib/progress/client';
import { continueAnywhere } from '../../lib/progress/next';
import { courseStatus } from '../../lib/progress/progress';

type Outline = [code: string, title: string, href: string][];

/**
 * Shows this device's progress on server-rendered pages: a ✓ on done lessons (any element with
 * `data-kns-code`: sidebar links, course lists), the completion offer of a finished course
 * (`data-kns-course-codes`), and "Học tiếp" on a link with `data-kns-continue` (the outline of
 * one course or several, as `[[code, title, href], …]` per course): once a course is started it
 * leads to the first lesson not yet done, and its box (`data-kns-continue-box`) is shown.
 * Safe to run again after progress changes.
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
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-kns-continue]')) {
    let courses: Outline[] = [];
    try {
      courses = JSON.parse(link.dataset.knsContinue ?? '[]');
    } catch {
      continue;
    }
    const next = continueAnywhere(
      progress,
      courses.map((lessons) => lessons.map(([code, title, href]) => ({ code, title, href }))),
    );
    if (!next) continue;
    link.href = next.href;
    link.textContent = (link.dataset.knsContinueLabel ?? '{{title}}').replace('{{title}}', next.title);
    const box = link.closest<HTMLElement>('[data-kns-continue-box]');
    if (box) box.hidden = false;
  }
  for (const block of document.querySelectorAll<HTMLElement>('[data-kns-course-codes]')) {
    const codes = (block.dataset.knsCourseCodes ?? '').split(',').filter(Boolean);
    block.hidden = !courseStatus(progress, codes).complete;
  }
}
