import { todayInVietnam } from '../../lib/format/date';
import { readStrings, type Say } from '../../lib/i18n/client-strings';
import { safeLocalStorage } from '../../lib/storage/safe-storage';
import { download, EXPORT_KINDS, readTallyFile, tallyFile } from '../../lib/tally/files';
import { type Household, SKILLS, type Skill } from '../../lib/tally/household';
import { DAMAGED_KEY, emptyTally, hasUnsavedChanges, TALLY_KEY, TallyBook } from '../../lib/tally/store';
import { toVietnameseDate } from '../../lib/tally/table';
import {
  combineForUpdate,
  distinctLabel,
  mergeHouseholds,
  removeHousehold,
  type SaveOutcome,
  saveHousehold,
  summarize,
} from '../../lib/tally/tally';
import { HouseholdForm } from './household-form';
import { householdItem, importReport, notOursReport } from './tally-views';

/**
 * <kns-tally>: the household tally on the team member's own device. The markup is rendered by
 * Tally.astro; this element keeps the book through `TallyBook` (lib/tally/store.ts), which starts
 * every change from what storage holds now and never throws. Nothing already saved changes
 * without the member choosing it: a label already in the book stops the save and asks. Files
 * (export, import) are made and read in lib/tally/files.ts; the cards and reports it shows are
 * drawn in tally-views.ts.
 */
class TallyElement extends HTMLElement {
  private book!: TallyBook;
  private form!: HouseholdForm;
  /** The household typed into the form that stopped on a conflict. */
  private pending: Household | undefined;
  private say: Say = (key) => key;
  private skills = {} as Record<Skill, string>;

  private s(key: string, values?: Record<string, string | number>): string {
    return this.say(key, values);
  }

  private q<T extends Element>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`kns-tally: missing ${selector}`);
    return element;
  }

  private get state() {
    return this.book.state;
  }

  connectedCallback(): void {
    const say = readStrings(this, 'kns.tally.');
    if (!say) return;
    this.say = say;
    this.form = new HouseholdForm(this, say);
    try {
      this.skills = JSON.parse(this.dataset.skills ?? '{}');
    } catch {
      return;
    }
    this.book = new TallyBook(safeLocalStorage);
    const problem = this.book.problem;
    if (problem === 'unavailable') this.notice(this.s('unavailable'));
    if (problem === 'damaged' || problem === 'stuck') {
      this.notice(this.s(problem === 'stuck' ? 'stuck' : 'damaged'));
      this.q<HTMLButtonElement>('[data-download-damaged]').hidden = problem !== 'damaged';
    }
    if (problem === 'newerVersion') this.notice(this.s('newerVersion'));
    this.wire();
    this.resetForm();
    this.render();
  }

  private wire(): void {
    const village = this.q<HTMLInputElement>('[data-village]');
    const controls = this.querySelectorAll<HTMLInputElement | HTMLButtonElement>('[disabled]');
    for (const control of controls) control.disabled = this.book.readOnly && !control.matches('[data-export]');
    village.value = this.state.village;
    village.addEventListener('change', () => {
      this.commit((state) => ({ ...state, village: village.value.trim().slice(0, 80) }));
    });
    this.form.element.addEventListener('submit', (event) => {
      event.preventDefault();
      this.save();
    });
    this.q('[data-cancel]').addEventListener('click', () => this.resetForm());
    this.q('[data-conflict-update]').addEventListener('click', () => this.openForUpdate());
    this.q('[data-conflict-both]').addEventListener('click', () => this.keepBoth());
    this.q('[data-conflict-back]').addEventListener('click', () => {
      this.hideConflict();
      this.form.focusLabel({});
    });
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
    // Another tab changed the book: show what is there now (what is typed in the form stays).
    window.addEventListener('storage', (event) => {
      if (event.key !== TALLY_KEY || this.book.onlyInPage) return;
      this.book.reload();
      this.q<HTMLInputElement>('[data-village]').value = this.state.village;
      this.render();
      this.notice(this.s('changedElsewhere'));
    });
  }

  /** Applies a change to the latest book, saves it, and says so when the device did not keep it. */
  private commit(edit: Parameters<TallyBook['change']>[0]): boolean {
    const { kept } = this.book.change(edit);
    if (!kept && !this.book.readOnly) this.form.status(this.s('notKept'), true);
    return kept;
  }

  private save(): void {
    const household = this.form.read();
    if (!household) return;
    this.hideConflict();
    let outcome: SaveOutcome | undefined;
    const kept = this.commit((state) => {
      outcome = saveHousehold(state.households, household, this.form.editing);
      // A household removed in another tab while it was being edited is simply saved again.
      if (outcome.kind === 'conflict' && !outcome.existing) outcome = saveHousehold(state.households, household);
      return outcome.kind === 'saved' ? { ...state, households: outcome.households, changedAt: new Date().toISOString() } : state;
    });
    this.render();
    if (outcome?.kind === 'conflict' && outcome.existing) {
      this.showConflict(household, outcome.existing, outcome.reason);
      return;
    }
    this.saved(household.label, kept);
  }

  /**
   * After a save: the form is ready for the next household, and the confirmation (or the warning
   * that the device did not keep it) is under the button just pressed, on screen. The label field
   * gets the focus without scrolling away from it.
   */
  private saved(label: string, kept: boolean): void {
    this.resetForm();
    if (kept) this.form.status(this.s('saved', { label }));
    else this.form.status(this.s('notKept'), true);
    this.form.focusLabel();
    this.form.showStatus();
  }

  private showConflict(typed: Household, existing: Household, reason: 'sameLabel' | 'changedElsewhere'): void {
    this.pending = typed;
    const box = this.q<HTMLElement>('[data-conflict]');
    const values = { label: existing.label, date: toVietnameseDate(existing.visited) };
    this.q('[data-conflict-title]').textContent = this.s(reason === 'sameLabel' ? 'conflictTitle' : 'changedTitle', values);
    this.q('[data-conflict-text]').textContent = this.s(reason === 'sameLabel' ? 'conflictText' : 'changedText', values);
    const both = this.q<HTMLButtonElement>('[data-conflict-both]');
    both.textContent = this.s('conflictKeepBoth', { label: distinctLabel(this.state.households, typed.label) });
    both.hidden = reason !== 'sameLabel';
    box.dataset.existing = existing.label;
    box.hidden = false;
    this.form.status('');
    box.focus();
  }

  private hideConflict(): void {
    this.q<HTMLElement>('[data-conflict]').hidden = true;
    this.pending = undefined;
  }

  /** "Update the household already there": the form now edits it, with what was typed added. */
  private openForUpdate(): void {
    const typed = this.pending;
    const label = this.q<HTMLElement>('[data-conflict]').dataset.existing ?? '';
    const existing = this.book.reload().households.find((h) => h.label === label);
    this.hideConflict();
    if (!typed || !existing) return;
    this.form.fill(existing, combineForUpdate(existing, typed));
    this.form.status(this.s('combined', { label: existing.label }));
  }

  /** "Keep both": the typed household is saved under a label of its own. */
  private keepBoth(): void {
    const typed = this.pending;
    this.hideConflict();
    if (!typed) return;
    let label = typed.label;
    let saved = false;
    const kept = this.commit((state) => {
      label = distinctLabel(state.households, typed.label);
      const outcome = saveHousehold(state.households, { ...typed, label });
      saved = outcome.kind === 'saved';
      return outcome.kind === 'saved' ? { ...state, households: outcome.households, changedAt: new Date().toISOString() } : state;
    });
    this.render();
    if (saved) this.saved(label, kept);
  }

  private edit(label: string): void {
    const household = this.book.reload().households.find((h) => h.label === label);
    this.render();
    if (!household) return;
    this.hideConflict();
    this.form.fill(household, household);
    this.form.status('');
  }

  private deleteHousehold(label: string): void {
    if (!window.confirm(this.s('removeConfirm', { label }))) return;
    this.commit((state) => ({
      ...state,
      households: removeHousehold(state.households, label),
      changedAt: new Date().toISOString(),
    }));
    if (this.form.editing?.label === label) this.resetForm();
    this.render();
    this.notice(this.s('removed', { label }));
    this.q<HTMLElement>('#tally-list-title').focus({ preventScroll: true });
  }

  private resetForm(): void {
    this.form.reset();
    this.hideConflict();
  }

  private async export(kind: string): Promise<void> {
    const format = EXPORT_KINDS.find((k) => k === kind);
    if (!format) return;
    // The latest book, also what another tab added.
    const state = this.book.reload();
    const labels = {
      households: this.s('sheetHouseholds'),
      summary: this.s('sheetSummary'),
      visited: this.s('summaryVisited'),
      allFive: this.s('summaryAllFive'),
      skill: this.s('summarySkill'),
      count: this.s('summaryCount'),
      village: this.s('village'),
    };
    try {
      const now = new Date().toISOString();
      const { name, blob } = await tallyFile(format, state, this.skills, labels, todayInVietnam(), now);
      download(name, blob);
      this.book.change((s) => ({ ...s, exportedAt: now }));
      this.render();
      this.notice(this.s('exported', { file: name }));
    } catch {
      this.notice(this.s('exportFailed'));
    }
  }

  private import(name: string, text: string): void {
    const report = this.q<HTMLElement>('[data-import-report]');
    const file = readTallyFile(name, text, this.skills, todayInVietnam());
    if (file.kind === 'notOurs') {
      report.replaceChildren(...notOursReport(this.say));
      return;
    }
    let merged = mergeHouseholds([], []);
    this.commit((state) => {
      merged = mergeHouseholds(state.households, file.households);
      const village = !state.village && file.village ? file.village : state.village;
      if (merged.added + merged.updated === 0 && village === state.village) return state;
      return { ...state, village, households: merged.households, changedAt: new Date().toISOString() };
    });
    this.q<HTMLInputElement>('[data-village]').value = this.state.village;
    this.render();
    report.replaceChildren(...importReport(merged, file.issues, this.say));
  }

  private clear(): void {
    const count = this.book.reload().households.length;
    this.render();
    if (!window.confirm(this.s('clearConfirm', { count }))) return;
    this.commit(() => emptyTally());
    this.q<HTMLInputElement>('[data-village]').value = '';
    this.resetForm();
    this.render();
    this.q('[data-import-report]').replaceChildren();
    this.notice(this.s('cleared'));
  }

  private notice(text: string): void {
    const notice = this.q<HTMLElement>('[data-notice]');
    notice.textContent = text;
    notice.hidden = false;
  }

  private render(): void {
    const { households } = this.state;
    const summary = summarize(households);
    const readOnly = this.book.readOnly;
    this.q('[data-total-visited]').textContent = String(summary.visited);
    this.q('[data-total-allfive]').textContent = String(summary.allFive);
    for (const skill of SKILLS) this.q(`[data-total-skill="${skill}"]`).textContent = String(summary.perSkill[skill]);
    this.q('[data-count]').textContent = String(households.length);
    this.q<HTMLElement>('[data-empty]').hidden = households.length > 0;
    this.q<HTMLElement>('[data-unsaved]').hidden = !hasUnsavedChanges(this.state) && !this.book.onlyInPage;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-export], [data-clear]')) {
      button.disabled = households.length === 0 || (readOnly && button.matches('[data-clear]'));
    }
    const template = this.q<HTMLTemplateElement>('template[data-item]');
    const items = households.map((household) => householdItem(template, household, this.skills, this.say, readOnly));
    this.q('[data-list]').replaceChildren(...items);
  }
}

customElements.define('kns-tally', TallyElement);
