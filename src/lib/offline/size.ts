/**
 * A download size as a Vietnamese reader writes it: a decimal comma, one decimal below 10
 * ("2,1 MB", "850 KB", "12 MB"). 1 MB is 1,000,000 bytes, as phones show storage.
 */
export function formatBytes(bytes: number): string {
  const units = [
    ['GB', 1e9],
    ['MB', 1e6],
    ['KB', 1e3],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size * 0.95 || unit === 'KB') {
      const value = Math.max(bytes / size, unit === 'KB' && bytes > 0 ? 1 : 0);
      const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
      return `${String(rounded).replace('.', ',')} ${unit}`;
    }
  }
  return `${bytes} B`;
}
