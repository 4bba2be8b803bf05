/**
 * localStorage that never throws: private mode, blocked storage, a full quota or an old WebView
 * only mean that nothing is remembered. Every page must keep working.
 */
export interface SafeStorage {
  get(key: string): string | null;
  /** Returns false when the value could not be kept. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
}

/** Wraps a Storage (or a getter that may itself throw, as `window.localStorage` can). */
export function createSafeStorage(getStorage: () => Storage | null | undefined): SafeStorage {
  const storage = (): Storage | undefined => {
    try {
      return getStorage() ?? undefined;
    } catch {
      return undefined;
    }
  };
  return {
    get(key) {
      try {
        return storage()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        const s = storage();
        if (!s) return false;
        s.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing to do: the value was never kept.
      }
    },
  };
}

export const safeLocalStorage: SafeStorage = createSafeStorage(() =>
  typeof window === 'undefined' ? undefined : window.localStorage,
);
