import type { SafeStorage } from '../storage/safe-storage';
import { type DocProblem, isReadOnlyProblem, isStoredTime, loadVersionedDoc } from '../storage/versioned-doc';

/**
 * Practice results, kept on the learner's device like quiz progress (no account, no server), in
 * their own document so that an older page saving progress can never drop them. Per flow: the
 * last run, and the best run on one's own.
 */
export const PRACTICE_KEY = 'kns.practice';
export const PRACTICE_VERSION = 1;

export type PracticeMode = 'guided' | 'own';

export interface PracticeRun {
  mode: PracticeMode;
  /** Steps done right at the first try (and, on one's own, without asking for the hint). */
  right: number;
  total: number;
  /** When it ended (ISO time). */
  at: string;
  /** Numbers (from 1) of the steps to practise again. */
  again: number[];
}

export interface FlowResult {
  last: PracticeRun;
  /** The best run on one's own, if any. */
  bestOwn?: PracticeRun;
}

export interface PracticeResults {
  version: typeof PRACTICE_VERSION;
  flows: Record<string, FlowResult>;
}

export const emptyResults = (): PracticeResults => ({ version: PRACTICE_VERSION, flows: {} });

const FLOW_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 99;

function readRun(value: unknown): PracticeRun | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const run = value as Record<string, unknown>;
  if (run.mode !== 'guided' && run.mode !== 'own') return undefined;
  if (!isCount(run.right) || !isCount(run.total) || run.right > run.total || !isStoredTime(run.at)) return undefined;
  const again = Array.isArray(run.again) ? run.again.filter((n): n is number => isCount(n) && n >= 1) : [];
  return { mode: run.mode, right: run.right, total: run.total, at: run.at, again };
}

/** Accepts a stored document of any known version; undefined when it is not ours. */
export function migrateResults(data: unknown): PracticeResults | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const doc = data as Record<string, unknown>;
  if (doc.version !== 1 || !doc.flows || typeof doc.flows !== 'object' || Array.isArray(doc.flows)) return undefined;
  const flows: Record<string, FlowResult> = {};
  for (const [id, entry] of Object.entries(doc.flows as Record<string, unknown>)) {
    if (!FLOW_ID.test(id) || !entry || typeof entry !== 'object') return undefined;
    const last = readRun((entry as Record<string, unknown>).last);
    if (!last) return undefined;
    const bestOwn = readRun((entry as Record<string, unknown>).bestOwn);
    flows[id] = bestOwn ? { last, bestOwn } : { last };
  }
  return { version: PRACTICE_VERSION, flows };
}

/** Whether run `a` is better than run `b` (a larger share right; the later one on a tie). */
const better = (a: PracticeRun, b: PracticeRun | undefined) =>
  !b || a.right * b.total > b.right * a.total || (a.right * b.total === b.right * a.total && a.at >= b.at);

/** Records a finished run: it becomes the last one, and the best on one's own when it is. */
export function recordRun(results: PracticeResults, flowId: string, run: PracticeRun): PracticeResults {
  const before = results.flows[flowId];
  const bestOwn = run.mode === 'own' && better(run, before?.bestOwn) ? run : before?.bestOwn;
  return { ...results, flows: { ...results.flows, [flowId]: bestOwn ? { last: run, bestOwn } : { last: run } } };
}

/** Reads the results; never throws. A problem only means results are not kept this time. */
export function loadResults(storage: SafeStorage): { results: PracticeResults; problem?: DocProblem } {
  const { value, problem } = loadVersionedDoc(storage, PRACTICE_KEY, PRACTICE_VERSION, migrateResults);
  return { results: value ?? emptyResults(), ...(problem ? { problem } : {}) };
}

/**
 * Adds a run to what is stored, reading it again first (another tab may have written since);
 * false when the browser did not keep it, or when what is stored must not be written over.
 */
export function saveRun(storage: SafeStorage, flowId: string, run: PracticeRun): boolean {
  const { results, problem } = loadResults(storage);
  if (isReadOnlyProblem(problem) || problem === 'unavailable') return false;
  return storage.set(PRACTICE_KEY, JSON.stringify(recordRun(results, flowId, run)));
}
