import { applyProgressMarks } from './progress-marks';

class ProgressMarks extends HTMLElement {
  connectedCallback() {
    applyProgressMarks({ done: this.dataset.done ?? '', read: this.dataset.read ?? '' });
  }
}
customElements.define('kns-progress-marks', ProgressMarks);
