import type { SafeStorage } from './safe-storage';

/** Why a stored document could not be used as it is (see `loadVersionedDoc`). */
export type DocProblem = 'damaged' | 'stuck' | 'newerVersion' | 'unavailable';

/** Problems after which a page must not write the document. */
export const isReadOnlyProblem = (problem: DocProblem | undefined): boolean => problem === 'newerVersion' || problem === 'stuck';

/**
 * Reads a JSON document in browser storage with a `version` field, so a later site can migrate it.
 * Reading never throws and never throws data away: a document that cannot be read is moved to
 * `<key>.damaged` (added after any damaged text already there) for the reader to download or
 * report, and one written by a newer site is left untouched. When storage is too full to keep the
 * damaged copy, the document stays where it is and the problem is `stuck`: the page must then
 * only read, or it would write over it.
 */
export function loadVersionedDoc<T>(
  storage: SafeStorage,
  key: string,
  version: number,
  migrate: (data: unknown) => T | undefined,
): { value: T | undefined; problem?: DocProblem } {
  const raw = storage.get(key);
  if (raw === null) {
    // Nothing stored: say whether anything could be stored at all.
    if (!storage.set(`${key}.probe`, '1')) return { value: undefined, problem: 'unavailable' };
    storage.remove(`${key}.probe`);
    return { value: undefined };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const found = (parsed as { version?: unknown } | undefined)?.version;
  if (typeof found === 'number' && found > version) return { value: undefined, problem: 'newerVersion' };
  const value = migrate(parsed);
  if (value !== undefined) return { value };
  const damagedKey = `${key}.damaged`;
  const before = storage.get(damagedKey);
  const kept = before?.includes(raw) || storage.set(damagedKey, before === null ? raw : `${before}\n\n${raw}`);
  if (!kept) return { value: undefined, problem: 'stuck' };
  storage.remove(key);
  return { value: undefined, problem: 'damaged' };
}

/** Whether a stored value is a time a document may hold (an ISO string the browser can read). */
export const isStoredTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
