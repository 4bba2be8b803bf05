import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../src/lib/storage/safe-storage';

class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

describe('safe storage', () => {
  it('stores and reads values', () => {
    const memory = new MemoryStorage();
    const storage = createSafeStorage(() => memory);
    expect(storage.set('a', '1')).toBe(true);
    expect(storage.get('a')).toBe('1');
    storage.remove('a');
    expect(storage.get('a')).toBeNull();
  });

  it('keeps working when the storage getter throws (blocked storage)', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(storage.get('a')).toBeNull();
    expect(storage.set('a', '1')).toBe(false);
    expect(() => storage.remove('a')).not.toThrow();
  });

  it('reports a full quota as "not kept" instead of throwing', () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const storage = createSafeStorage(() => full);
    expect(storage.set('a', '1')).toBe(false);
  });

  it('treats missing storage (old WebView) as empty', () => {
    const storage = createSafeStorage(() => undefined);
    expect(storage.get('a')).toBeNull();
    expect(storage.set('a', '1')).toBe(false);
  });
});
