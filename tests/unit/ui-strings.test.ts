import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_KEYS, UI_STRINGS } from '../../src/lib/i18n/ui-strings-schema';
import { CONTROL_KINDS } from '../../src/lib/practice/flow-schema';
import { READ_RATES } from '../../src/lib/read-aloud/voices';
import { ROW_PROBLEMS } from '../../src/lib/tally/table';

/** Every source file of the site, with its text. */
function sources(dir = 'src'): { file: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    if (!/\.(ts|astro)$/.test(name) || path.endsWith('ui-strings-schema.ts')) return [];
    return [{ file: path, text: readFileSync(path, 'utf8') }];
  });
}

const files = sources();
const code = files.map((f) => f.text).join('\n');

/** The folder of each custom element that reads its strings under a prefix (`readStrings(this, 'kns.quiz.')`). */
const elementFolders = new Map<string, string[]>();
for (const { file, text } of files) {
  for (const [, prefix] of text.matchAll(/readStrings\(this, '(kns\.[a-zA-Z]+\.)'\)/g)) {
    const folder = file.slice(0, file.lastIndexOf('/'));
    elementFolders.set(prefix as string, [...(elementFolders.get(prefix as string) ?? []), folder]);
  }
}

/** Keys the code builds from data (`say(\`problem.${p}\`)`, `t(\`kns.read.${rate}\`)`): one per value of the list. */
const keysFromData = [
  ...ROW_PROBLEMS.map((problem) => `kns.tally.problem.${problem}`),
  ...Object.keys(READ_RATES).map((rate) => `kns.read.${rate}`),
  ...CONTROL_KINDS.map((kind) => `kns.practice.control.${kind}`),
];

/**
 * How code names a string: the whole key (`t('kns.quiz.title')`), a key built from data (above),
 * or, in the folder of a custom element that reads its strings under a prefix, the rest of the
 * key (`s('score')`).
 */
function used(key: string): boolean {
  if (code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`\`${key}\``)) return true;
  if (keysFromData.includes(key)) return true;
  const prefix = key.slice(0, key.indexOf('.', 4) + 1);
  const folders = elementFolders.get(prefix) ?? [];
  const rest = key.slice(prefix.length);
  return files.some((f) => folders.some((folder) => f.file.startsWith(`${folder}/`)) && f.text.includes(`'${rest}'`));
}

describe('UI strings', () => {
  it('every key defined is used by the site', () => {
    expect(UI_KEYS.filter((key) => !used(key))).toEqual([]);
  });

  it('every key the site names is defined', () => {
    const named = [...code.matchAll(/['"`](kns\.[a-zA-Z]+\.[a-zA-Z.]+)['"`]/g)].map((m) => m[1] as string);
    expect([...named, ...keysFromData].filter((key) => !(key in UI_STRINGS))).toEqual([]);
    // Keys read by a custom element under its prefix: each must be a key of that prefix.
    const missing: string[] = [];
    for (const { file, text } of files) {
      for (const [, prefix] of text.matchAll(/readStrings\(this, '(kns\.[a-zA-Z]+\.)'\)/g)) {
        for (const [, rest] of text.matchAll(/\b(?:s|say|strings)\('([a-zA-Z.]+)'/g))
          if (!(`${prefix}${rest}` in UI_STRINGS)) missing.push(`${file}: ${prefix}${rest}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every key says where it shows', () => {
    for (const key of UI_KEYS) expect(UI_STRINGS[key].length, key).toBeGreaterThan(10);
  });
});
