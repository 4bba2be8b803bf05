import { readStrings, type Say } from '../../lib/i18n/client-strings';
import { updateProgress } from '../../lib/progress/client';
import { markDone } from '../../lib/progress/progress';
import { type GradedQuestion, gradeQuiz, type Verdict } from '../../lib/quiz/grade';

/**
 * <kns-quiz>: checks the learner's answers, shows right/wrong and the explanation under each
 * question, announces the score, allows a retry, and marks the lesson done when all are right.
 */
class QuizElement extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const result = this.querySelector<HTMLElement>('[data-result]');
    const retry = this.querySelector<HTMLButtonElement>('[data-retry]');
    const actions = this.querySelector<HTMLElement>('[data-actions]');
    if (!form || !result || !retry || !actions) return;
    const s = readStrings(this, 'kns.quiz.');
    if (!s) return;
    const items = [...this.querySelectorAll<HTMLElement>('.kns-quiz__question')];
    const questions: GradedQuestion[] = items.map((item) => ({
      type: item.dataset.type === 'multiple' ? 'multiple' : 'single',
      correct: (item.dataset.correct ?? '').split(',').filter(Boolean).map(Number),
    }));
    // With JavaScript, the explanation comes after checking instead of in a disclosure.
    for (const details of this.querySelectorAll<HTMLElement>('[data-static-answer]')) details.hidden = true;
    actions.hidden = false;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const answers = items.map((item) =>
        [...item.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => Number(input.value)),
      );
      const graded = gradeQuiz(questions, answers);
      items.forEach((item, i) => {
        this.showVerdict(item, graded.verdicts[i] ?? 'unanswered', s);
      });
      const lines = [s('score', { score: graded.score, total: graded.total }), graded.passed ? s('passed') : s('tryAgain')];
      if (graded.passed && !updateProgress((p) => markDone(p, this.dataset.code ?? '', new Date().toISOString())))
        lines.push(s('notKept'));
      result.textContent = lines.join(' ');
      result.dataset.passed = String(graded.passed);
      retry.hidden = false;
      result.focus();
    });

    retry.addEventListener('click', () => {
      form.reset();
      for (const item of items) {
        delete item.dataset.verdict;
        const feedback = item.querySelector<HTMLElement>('[data-feedback]');
        if (feedback) feedback.hidden = true;
      }
      result.textContent = '';
      delete result.dataset.passed;
      retry.hidden = true;
      items[0]?.querySelector('input')?.focus();
    });
  }

  private showVerdict(item: HTMLElement, verdict: Verdict, s: Say): void {
    item.dataset.verdict = verdict;
    const feedback = item.querySelector<HTMLElement>('[data-feedback]');
    const text = item.querySelector<HTMLElement>('[data-verdict]');
    if (!feedback || !text) return;
    text.textContent = verdict === 'correct' ? s('right') : verdict === 'wrong' ? s('wrong') : s('unanswered');
    feedback.hidden = false;
  }
}

customElements.define('kns-quiz', QuizElement);
