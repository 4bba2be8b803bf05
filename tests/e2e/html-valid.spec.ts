import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { builtPages, DIST } from './helpers';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Every built page checked by the W3C Nu HTML checker (`vnu-jar`, run with the system's Java:
 * Debian's default-jre-headless, which .ci/run installs). Only messages that are the checker's own
 * limits or Starlight's are allowed, each with its reason.
 */
const ALLOWED: { message: RegExp; at?: RegExp; why: string }[] = [
  {
    message: /^CSS: Parse Error\.$/,
    at: /::highlight\(/,
    why: 'the checker does not know the CSS Custom Highlight API (::highlight()), which read-aloud uses',
  },
  {
    message: /^The “aria-hidden” attribute must not be specified on the “script” element\.$/,
    why: 'Starlight’s own sidebar script (SidebarPersister) carries aria-hidden',
  },
];

interface NuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  lastColumn?: number;
}

/** The source around where a message points (its line, 60 characters either side of its column). */
function sourceAt(message: NuMessage): string {
  const line = readFileSync(fileURLToPath(message.url), 'utf8').split('\n')[(message.lastLine ?? 1) - 1] ?? '';
  const column = message.lastColumn ?? 0;
  return line.slice(Math.max(0, column - 60), column + 60);
}

test('the W3C Nu HTML checker finds no error in any built page', () => {
  test.setTimeout(240_000);
  let output = '';
  try {
    // The checker writes its report to stderr and exits non-zero when it found errors.
    execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', DIST], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const failed = error as { stderr?: string; code?: string };
    if (failed.code === 'ENOENT') throw new Error('Java is missing: install Debian’s default-jre-headless (.ci/run does).');
    output = failed.stderr ?? '';
  }
  const messages: NuMessage[] = output ? JSON.parse(output).messages : [];
  const checked = new Set(messages.map((m) => m.url));
  const left = messages
    .filter((m) => !ALLOWED.some((a) => a.message.test(m.message) && (!a.at || a.at.test(sourceAt(m)))))
    .map((m) => `${m.url.replace(/^file:.*?\/dist\//, '/')}:${m.lastLine}: ${m.message}`);
  expect(left).toEqual([]);
  // The report names pages only when they have messages; the allowed ones show it read them all.
  expect(builtPages().length).toBeGreaterThan(100);
  expect(checked.size).toBeGreaterThan(0);
});
