import type { SafeStorage } from '../storage/safe-storage';
import { type DocProblem, isReadOnlyProblem, loadVersionedDoc } from '../storage/versioned-doc';
import { type Household, validateHousehold } from './household';
import { sortHouseholds } from './tally';

/**
 * The tally as kept in the browser's storage: a versioned JSON document, so a later version of
 * the site can migrate it. Damaged or foreign data is never thrown away: it is moved aside to
 * `DAMAGED_KEY` and the member is told, so it can still be downloaded.
 */
export const TALLY_KEY = 'kns.tally';
export const DAMAGED_KEY = `${TALLY_KEY}.damaged`;
export const TALLY_VERSION = 1;

export interface TallyState {
  version: typeof TALLY_VERSION;
  /** Name of the village or residential group the member covers. */
  village: string;
  households: Household[];
  /** Last change to the households (ISO time), or null. */
  changedAt: string | null;
  /** Last export or backup (ISO time), or null. */
  exportedAt: string | null;
}

export const emptyTally = (): TallyState => ({
  version: TALLY_VERSION,
  village: '',
  households: [],
  changedAt: null,
  exportedAt: null,
});

export type LoadProblem = DocProblem;

/** Checks a parsed document of any version and returns the current state, or undefined. */
export function migrateTally(data: unknown): TallyState | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const doc = data as Record<string, unknown>;
  if (doc.version !== 1 || !Array.isArray(doc.households)) return undefined;
  const households: Household[] = [];
  for (const item of doc.households) {
    if (!item || typeof item !== 'object') return undefined;
    const h = item as Record<string, unknown>;
    const result = validateHousehold(
      {
        label: String(h.label ?? ''),
        visited: String(h.visited ?? ''),
        skills: Array.isArray(h.skills) ? h.skills.map(Number) : [],
        note: String(h.note ?? ''),
      },
      // A stored record is not refused for a date "in the future": clocks on phones are wrong.
      '9999-12-31',
    );
    if (!result.household) return undefined;
    households.push(result.household);
  }
  const time = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : null);
  return {
    version: TALLY_VERSION,
    village: typeof doc.village === 'string' ? doc.village.slice(0, 80) : '',
    households: sortHouseholds(households),
    changedAt: time(doc.changedAt),
    exportedAt: time(doc.exportedAt),
  };
}

/** Reads the tally. Never throws; says why it started empty when it had to. */
export function loadTally(storage: SafeStorage): { state: TallyState; problem?: LoadProblem } {
  const { value, problem } = loadVersionedDoc(storage, TALLY_KEY, TALLY_VERSION, migrateTally);
  return { state: value ?? emptyTally(), ...(problem ? { problem } : {}) };
}

/** Saves the tally; false when the browser would not keep it (full, blocked). */
export function saveTally(storage: SafeStorage, state: TallyState): boolean {
  return storage.set(TALLY_KEY, JSON.stringify(state));
}

/** Whether there are changes since the last export or backup. */
export function hasUnsavedChanges(state: TallyState): boolean {
  return (
    state.households.length > 0 && state.changedAt !== null && (state.exportedAt === null || state.changedAt > state.exportedAt)
  );
}

/** The JSON backup file: the stored document plus a marker saying what it is. */
export const BACKUP_FORMAT = 'kns-so-theo-doi';

export function toBackup(state: TallyState, now: string): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, ...state, exportedAt: now }, null, 2)}\n`;
}

/** Reads a backup file; undefined when it is not one of ours or is damaged. */
export function fromBackup(text: string): TallyState | undefined {
  try {
    const data = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    if (data.format !== BACKUP_FORMAT) return undefined;
    return migrateTally(data);
  } catch {
    return undefined;
  }
}

/**
 * The tally as one page holds it, safe against the ways a record gets lost in a browser:
 * - every change starts from what storage holds now, not from what this page read when it
 *   opened, so a second tab's households are never written over;
 * - a change storage refuses (full, blocked) stays in this page and is reported every time, and
 *   later changes build on it, until storage takes it or the member downloads a backup;
 * - a book written by a newer version of the site is only read.
 */
export class TallyBook {
  state: TallyState;
  readonly problem: LoadProblem | undefined;
  /** The last change is only in this page: storage refused it. */
  onlyInPage = false;

  constructor(private readonly storage: SafeStorage) {
    const { state, problem } = loadTally(storage);
    this.state = state;
    this.problem = problem;
  }

  get readOnly(): boolean {
    return isReadOnlyProblem(this.problem);
  }

  /** What storage holds now (after another tab's change), unless this page holds changes storage refused. */
  reload(): TallyState {
    if (this.onlyInPage || this.readOnly) return this.state;
    const { state, problem } = loadTally(this.storage);
    if (problem !== 'unavailable' && !isReadOnlyProblem(problem)) this.state = state;
    return this.state;
  }

  /**
   * Applies a change to the latest book and saves it. `kept` is false when storage refused it:
   * the change is still here, in this page only. A change that returns the same state saves nothing.
   */
  change(edit: (state: TallyState) => TallyState): { state: TallyState; kept: boolean } {
    if (this.readOnly) return { state: this.state, kept: false };
    const before = this.reload();
    const next = edit(before);
    if (next === before) return { state: before, kept: !this.onlyInPage };
    const kept = saveTally(this.storage, next);
    this.state = next;
    this.onlyInPage = !kept;
    return { state: next, kept };
  }
}
