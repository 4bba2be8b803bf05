import { safeLocalStorage } from '../storage/safe-storage';
import { isReadOnlyProblem } from '../storage/versioned-doc';
import { loadProgress, type Progress, saveProgress } from './progress';

/**
 * Progress in the browser: read, change, save, never throw. Each change reads the stored value
 * again first, so two tabs do not undo each other.
 */
export function readProgress(): ReturnType<typeof loadProgress> {
  return loadProgress(safeLocalStorage);
}

/** Applies a change and saves it; false when the browser did not keep it. */
export function updateProgress(change: (progress: Progress) => Progress): boolean {
  const { progress, problem } = readProgress();
  if (isReadOnlyProblem(problem) || problem === 'unavailable') return false;
  const next = change(progress);
  return next === progress || saveProgress(safeLocalStorage, next);
}
