import { todayInVietnam } from '../../lib/format/date';
import type { Say } from '../../lib/i18n/client-strings';
import { type Household, type Skill, validateHousehold } from '../../lib/tally/household';

const FIELDS = { label: '#tally-label', visited: '#tally-visited', note: '#tally-note' } as const;

/**
 * The tally's household form (rendered by Tally.astro): reads and checks what was typed, opens a
 * household for editing, and shows its messages beside the buttons. It never saves: the element
 * decides what goes into the book.
 */
export class HouseholdForm {
  /** The household being edited, as it was when opened; undefined when adding a new one. */
  editing: Household | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly say: Say,
  ) {}

  private q<T extends Element>(selector: string): T {
    const element = this.root.querySelector<T>(selector);
    if (!element) throw new Error(`kns-tally: missing ${selector}`);
    return element;
  }

  get element(): HTMLFormElement {
    return this.q<HTMLFormElement>('[data-form]');
  }

  /** What was typed, checked; on a mistake, the problems are listed and the first wrong field gets the focus. */
  read(): Household | undefined {
    const data = new FormData(this.element);
    const result = validateHousehold(
      {
        label: String(data.get('label') ?? ''),
        visited: String(data.get('visited') ?? ''),
        skills: data.getAll('skill').map(Number),
        note: String(data.get('note') ?? ''),
      },
      todayInVietnam(),
    );
    const errors = this.q<HTMLElement>('[data-form-errors]');
    for (const selector of Object.values(FIELDS)) this.q(selector).removeAttribute('aria-invalid');
    if (!result.household) {
      errors.replaceChildren(
        ...result.problems.map((p) => Object.assign(document.createElement('p'), { textContent: this.say(`problem.${p}`) })),
      );
      const first = result.problems[0] ?? '';
      const field = first.startsWith('label') ? FIELDS.label : first.startsWith('date') ? FIELDS.visited : FIELDS.note;
      const input = this.q<HTMLElement>(field);
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return undefined;
    }
    errors.replaceChildren();
    return result.household;
  }

  /** Opens `record` for editing, showing `values` (the record, or the record with additions). */
  fill(record: Household, values: Household): void {
    this.editing = record;
    this.q<HTMLInputElement>(FIELDS.label).value = values.label;
    this.q<HTMLInputElement>(FIELDS.visited).value = values.visited;
    this.q<HTMLTextAreaElement>(FIELDS.note).value = values.note;
    for (const box of this.root.querySelectorAll<HTMLInputElement>('[name="skill"]'))
      box.checked = values.skills.includes(Number(box.value) as Skill);
    this.q('[data-form-title]').textContent = this.say('formEditTitle', { label: record.label });
    this.q<HTMLButtonElement>('[data-cancel]').hidden = false;
    this.q('[data-form-title]').scrollIntoView({ block: 'start' });
    this.focusLabel();
  }

  /** Empty, dated today, ready for a new household. */
  reset(): void {
    this.element.reset();
    this.editing = undefined;
    const visited = this.q<HTMLInputElement>(FIELDS.visited);
    visited.value = todayInVietnam();
    visited.max = todayInVietnam();
    this.q('[data-form-title]').textContent = this.say('formTitle');
    this.q<HTMLButtonElement>('[data-cancel]').hidden = true;
    this.q('[data-form-errors]').replaceChildren();
    this.status('');
  }

  /** A message beside the form's buttons, where the member is looking. */
  status(text: string, warn = false): void {
    const status = this.q<HTMLElement>('[data-form-status]');
    status.textContent = text;
    status.classList.toggle('kns-notice--warn', warn);
  }

  /** Brings the message into view (after a save, the member looks at the button just pressed). */
  showStatus(): void {
    this.q('[data-form-status]').scrollIntoView({ block: 'nearest' });
  }

  focusLabel(options: FocusOptions = { preventScroll: true }): void {
    this.q<HTMLInputElement>(FIELDS.label).focus(options);
  }
}
