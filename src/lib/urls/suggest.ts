import { withSlash } from './paths';

/** Edit distance between two short strings (insert, delete, replace, swap of neighbours). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] ?? 0, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] ?? 0;
}

/**
 * The lesson codes closest to what was typed after the base path, for the "page not found" page:
 * `/TT3`, `/tt-3/`, `/tt33/`, `/t3/` all suggest tt3. At most `limit`, nearest first.
 */
export function suggestCodes(path: string, base: string, codes: readonly string[], limit = 3): string[] {
  const b = withSlash(base);
  const rest = decodeURIComponent(path.startsWith(b) ? path.slice(b.length) : path.replace(/^\//, ''));
  const typed = (rest.split('/').find(Boolean) ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (typed.length < 2 || typed.length > 6) return [];
  return codes
    .map((code) => ({ code, distance: editDistance(typed, code) }))
    .filter(({ code, distance }) => distance <= (code.length > 3 ? 2 : 1))
    .sort((x, y) => x.distance - y.distance || x.code.localeCompare(y.code, 'en', { numeric: true }))
    .slice(0, limit)
    .map(({ code }) => code);
}

/**
 * The path a mistyped address most likely meant when only its case is wrong: `/TT3/`, `/Tt3` →
 * `/tt3/`. Every path of the site is lower case, so a 404 page on any static host can send the
 * reader on. A folder path gets its trailing slash. Undefined when lower case changes nothing
 * (no loop: the lower-case path is then a real 404).
 */
export function lowerCasePath(path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const lower = decoded.toLowerCase();
  if (lower === decoded) return undefined;
  const last = lower.split('/').at(-1) ?? '';
  return last && !last.includes('.') ? `${lower}/` : lower;
}
