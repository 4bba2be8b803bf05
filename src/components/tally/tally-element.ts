import { todayInVietnam } from '../../lib/format/date';
import { safeLocalStorage } from '../../lib/storage/safe-storage';
import { type Household, SKILLS, type Skill, validateHousehold } from '../../lib/tally/household';
import {
  DAMAGED_KEY,
  emptyTally,
  fromBackup,
  hasUnsavedChanges,
  loadTally,
  saveTally,
  type TallyState,
  toBackup,
} from '../../lib/tally/store';
import { householdsFromCsv, householdsToCsv, type ImportIssue, toVietnameseDate } from '../../lib/tally/table';
import { mergeHouseholds, removeHousehold, summarize, upsertHousehold } from '../../lib/tally/tally';

/** Fills `{{name}}` placeholders of a UI string. */
const fill = (text: string, values: Record<string, string | number> = {}) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** A file name without marks or spaces: `so-theo-doi-thon-dong-2026-11-22.xlsx`. */
function fileName(village: string, today: string, extension: string): string {
  const slug = village
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `so-theo-doi${slug ? `-${slug}` : ''}-${today}.${extension}`;
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/**
 * <kns-tally>: the household tally on the team member's own device. The markup is rendered by
 * Tally.astro; this element reads and writes `localStorage` through the never-throwing storage
 * wrapper, so blocked or damaged storage only changes what the notice says.
 */
class TallyElement extends HTMLElement {
  private state: TallyState = emptyTally();
  private readOnly = false;
  private notKeptShown = false;
  private editing: string | undefined;
  private strings: Record<string, string> = {};
  private skills = {} as Record<Skill, string>;

  private s(key: string, values?: Record<string, string | number>): string {
    return fill(this.strings[`kns.tally.${key}`] ?? key, values);
  }

  private q<T extends Element>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`kns-tally: missing ${selector}`);
    return element;
  }

  connectedCallback(): void {
    try {
      this.strings = JSON.parse(this.dataset.strings ?? '{}');
      this.skills = JSON.parse(this.dataset.skills ?? '{}');
    } catch {
      return;
    }
    const { state, problem } = loadTally(safeLocalStorage);
    this.state = state;
    if (problem === 'unavailable') this.notice(this.s('unavailable'));
    if (problem === 'damaged') {
      this.notice(this.s('damaged'));
      this.q<HTMLButtonElement>('[data-download-damaged]').hidden = false;
    }
    if (problem === 'newerVersion') {
      this.readOnly = true;
      this.notice(this.s('newerVersion'));
    }
    this.wire();
    this.resetForm();
    this.render();
  }

  private wire(): void {
    const form = this.q<HTMLFormElement>('[data-form]');
    const village = this.q<HTMLInputElement>('[data-village]');
    const controls = this.querySelectorAll<HTMLInputElement | HTMLButtonElement>('[disabled]');
    for (const control of controls) control.disabled = this.readOnly && !control.matches('[data-export]');
    village.value = this.state.village;
    village.addEventListener('change', () => {
      this.state = { ...this.state, village: village.value.trim().slice(0, 80) };
      this.persist();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save(form);
    });
    this.q('[data-cancel]').addEventListener('click', () => this.resetForm());
    this.q('[data-list]').addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      const label = button?.closest<HTMLElement>('[data-label]')?.dataset.label;
      if (!button || label === undefined) return;
      if (button.matches('[data-edit]')) this.edit(label);
      if (button.matches('[data-remove]')) this.deleteHousehold(label);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-export]')) {
      button.addEventListener('click', () => void this.export(button.dataset.export ?? ''));
    }
    const input = this.q<HTMLInputElement>('[data-import]');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void file.text().then((text) => this.import(file.name, text));
      input.value = '';
    });
    this.q('[data-clear]').addEventListener('click', () => this.clear());
    this.q('[data-download-damaged]').addEventListener('click', () => {
      const raw = safeLocalStorage.get(DAMAGED_KEY);
      if (raw !== null)
        download(`so-theo-doi-du-lieu-cu-${todayInVietnam()}.txt`, new Blob([raw], { type: 'text/plain;charset=utf-8' }));
    });
  }

  private save(form: HTMLFormElement): void {
    const data = new FormData(form);
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
    const fields = { label: '#tally-label', visited: '#tally-visited', note: '#tally-note' } as const;
    for (const selector of Object.values(fields)) this.q(selector).removeAttribute('aria-invalid');
    if (!result.household) {
      errors.replaceChildren(
        ...result.problems.map((p) => Object.assign(document.createElement('p'), { textContent: this.s(`problem.${p}`) })),
      );
      const first = result.problems[0] ?? '';
      const field = first.startsWith('label') ? fields.label : first.startsWith('date') ? fields.visited : fields.note;
      const input = this.q<HTMLElement>(field);
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    errors.replaceChildren();
    this.state = {
      ...this.state,
      households: upsertHousehold(this.state.households, result.household, this.editing),
      changedAt: new Date().toISOString(),
    };
    this.persist();
    this.notice(this.s('saved', { label: result.household.label }));
    this.resetForm();
    this.render();
    this.q<HTMLInputElement>('#tally-label').focus();
  }

  private edit(label: string): void {
    const household = this.state.households.find((h) => h.label === label);
    if (!household) return;
    this.editing = household.label;
    this.q<HTMLInputElement>('#tally-label').value = household.label;
    this.q<HTMLInputElement>('#tally-visited').value = household.visited;
    this.q<HTMLTextAreaElement>('#tally-note').value = household.note;
    for (const box of this.querySelectorAll<HTMLInputElement>('[name="skill"]'))
      box.checked = household.skills.includes(Number(box.value) as Skill);
    this.q('[data-form-title]').textContent = this.s('formEditTitle', { label: household.label });
    this.q<HTMLButtonElement>('[data-cancel]').hidden = false;
    this.q('[data-form]').scrollIntoView({ block: 'start' });
    this.q<HTMLInputElement>('#tally-label').focus();
  }

  private deleteHousehold(label: string): void {
    if (!window.confirm(this.s('removeConfirm', { label }))) return;
    this.state = {
      ...this.state,
      households: removeHousehold(this.state.households, label),
      changedAt: new Date().toISOString(),
    };
    if (this.editing === label) this.resetForm();
    this.persist();
    this.render();
    this.notice(this.s('removed', { label }));
    this.q<HTMLElement>('#tally-list-title').focus({ preventScroll: true });
  }

  private resetForm(): void {
    const form = this.q<HTMLFormElement>('[data-form]');
    form.reset();
    this.editing = undefined;
    this.q<HTMLInputElement>('#tally-visited').value = todayInVietnam();
    this.q<HTMLInputElement>('#tally-visited').max = todayInVietnam();
    this.q('[data-form-title]').textContent = this.s('formTitle');
    this.q<HTMLButtonElement>('[data-cancel]').hidden = true;
    this.q('[data-form-errors]').replaceChildren();
  }

  private async export(kind: string): Promise<void> {
    const today = todayInVietnam();
    const { households, village } = this.state;
    try {
      let name: string;
      if (kind === 'xlsx') {
        const { householdsToXlsx } = await import('../../lib/tally/xlsx');
        name = fileName(village, today, 'xlsx');
        const labels = {
          households: this.s('sheetHouseholds'),
          summary: this.s('sheetSummary'),
          visited: this.s('summaryVisited'),
          allFive: this.s('summaryAllFive'),
          skill: this.s('summarySkill'),
          count: this.s('summaryCount'),
          village: this.s('village'),
        };
        download(name, await householdsToXlsx(households, this.skills, labels, village));
      } else if (kind === 'csv') {
        name = fileName(village, today, 'csv');
        download(name, new Blob([householdsToCsv(households, this.skills)], { type: 'text/csv;charset=utf-8' }));
      } else {
        name = fileName(village, today, 'json');
        download(name, new Blob([toBackup(this.state, new Date().toISOString())], { type: 'application/json' }));
      }
      this.state = { ...this.state, exportedAt: new Date().toISOString() };
      this.persist();
      this.render();
      this.notice(this.s('exported', { file: name }));
    } catch {
      this.notice(this.s('exportFailed'));
    }
  }

  private import(name: string, text: string): void {
    const report = this.q<HTMLElement>('[data-import-report]');
    const isJson = /\.json$/i.test(name) || /^\uFEFF?\s*\{/.test(text);
    let incoming: Household[];
    let issues: ImportIssue[] = [];
    if (isJson) {
      const backup = fromBackup(text);
      if (!backup) {
        report.replaceChildren(Object.assign(document.createElement('p'), { textContent: this.s('importNotOurs') }));
        return;
      }
      incoming = backup.households;
      if (!this.state.village && backup.village) {
        this.state = { ...this.state, village: backup.village };
        this.q<HTMLInputElement>('[data-village]').value = backup.village;
      }
    } else {
      ({ households: incoming, issues } = householdsFromCsv(text, this.skills, todayInVietnam()));
    }
    const merged = mergeHouseholds(this.state.households, incoming);
    if (merged.added + merged.updated > 0) {
      this.state = { ...this.state, households: merged.households, changedAt: new Date().toISOString() };
      this.persist();
    }
    this.render();
    const lines: HTMLElement[] = [
      Object.assign(document.createElement('p'), {
        textContent: this.s('importDone', { added: merged.added, updated: merged.updated, unchanged: merged.unchanged }),
      }),
    ];
    if (issues.length > 0) {
      lines.push(Object.assign(document.createElement('p'), { textContent: this.s('importSkipped', { count: issues.length }) }));
      const list = document.createElement('ul');
      for (const issue of issues) {
        const item = document.createElement('li');
        item.textContent = `${this.s('line', { line: issue.line })}: ${this.s(`problem.${issue.problem}`, { detail: issue.detail ?? '' })}${issue.detail && issue.problem.startsWith('date') ? ` (${issue.detail})` : ''}`;
        list.append(item);
      }
      lines.push(list);
    }
    report.replaceChildren(...lines);
  }

  private clear(): void {
    if (!window.confirm(this.s('clearConfirm', { count: this.state.households.length }))) return;
    this.state = emptyTally();
    this.q<HTMLInputElement>('[data-village]').value = '';
    this.persist();
    this.resetForm();
    this.render();
    this.q('[data-import-report]').replaceChildren();
    this.notice(this.s('cleared'));
  }

  private persist(): void {
    if (this.readOnly) return;
    if (!saveTally(safeLocalStorage, this.state) && !this.notKeptShown) {
      this.notKeptShown = true;
      this.notice(this.s('notKept'));
    }
  }

  private notice(text: string): void {
    const notice = this.q<HTMLElement>('[data-notice]');
    notice.textContent = text;
    notice.hidden = false;
  }

  private render(): void {
    const { households } = this.state;
    const summary = summarize(households);
    this.q('[data-total-visited]').textContent = String(summary.visited);
    this.q('[data-total-allfive]').textContent = String(summary.allFive);
    for (const skill of SKILLS) this.q(`[data-total-skill="${skill}"]`).textContent = String(summary.perSkill[skill]);
    this.q('[data-count]').textContent = String(households.length);
    this.q<HTMLElement>('[data-empty]').hidden = households.length > 0;
    this.q<HTMLElement>('[data-unsaved]').hidden = !hasUnsavedChanges(this.state);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-export], [data-clear]')) {
      button.disabled = households.length === 0 || (this.readOnly && button.matches('[data-clear]'));
    }
    const template = this.q<HTMLTemplateElement>('template[data-item]');
    const items = households.map((household) => {
      const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
      item.dataset.label = household.label;
      (item.querySelector('.kns-household__label') as HTMLElement).textContent = household.label;
      (item.querySelector('.kns-household__date') as HTMLElement).textContent = this.s('visitedOn', {
        date: toVietnameseDate(household.visited),
      });
      const skills = item.querySelector('.kns-household__skills') as HTMLElement;
      for (const skill of SKILLS) {
        const has = household.skills.includes(skill);
        const li = document.createElement('li');
        li.className = has ? 'is-yes' : 'is-no';
        li.textContent = `${has ? '✓' : '—'} ${this.skills[skill]}: ${has ? this.s('has') : this.s('hasNot')}`;
        skills.append(li);
      }
      const note = item.querySelector('.kns-household__note') as HTMLElement;
      note.textContent = household.note;
      note.hidden = !household.note;
      const edit = item.querySelector('[data-edit]') as HTMLButtonElement;
      edit.textContent = this.s('edit');
      edit.setAttribute('aria-label', this.s('editLabel', { label: household.label }));
      edit.disabled = this.readOnly;
      const remove = item.querySelector('[data-remove]') as HTMLButtonElement;
      remove.textContent = this.s('remove');
      remove.setAttribute('aria-label', this.s('removeLabel', { label: household.label }));
      remove.disabled = this.readOnly;
      return item;
    });
    this.q('[data-list]').replaceChildren(...items);
  }
}

customElements.define('kns-tally', TallyElement);
