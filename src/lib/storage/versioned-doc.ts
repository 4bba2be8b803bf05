import type { SafeStorage } from './safe-storage';

/**
 * A JSON document in browser storage with a `version` field, so a later site can migrate it.
 * Reading never throws and never throws data away: a document that cannot be read is moved to
 * `<key>.damaged` (once) for the reader to download or report, and one written by a newer site
 * is left untouched.
 */
export type DocProblem = 'damaged' | 'newerVersion' | 'unavailable';

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
  if (storage.get(`${key}.damaged`) === null) storage.set(`${key}.damaged`, raw);
  storage.remove(key);
  return { value: undefined, problem: 'damaged' };
}
