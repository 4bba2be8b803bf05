// The sites `npm run bench` compares (tests/bench/bench.mjs): this site as it is or with a
// synthetic catalogue, and a bare Starlight site with the same lesson texts as plain pages.
// Each is a folder under .bench/, inside this project: its packages are found in this project's
// node_modules, one folder up, so the same Astro and Starlight versions build them all.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

export const BENCH_DIR = '.bench';
const COURSES = ['bd', 'dv', 'ms', 'tt', 'at', 'ns', 'tv'];

/** Every lesson file of this site: course, file name, text. */
export function lessonFiles(root = '.') {
  return COURSES.flatMap((course) =>
    readdirSync(join(root, 'content', course))
      .filter((name) => /^[a-z].*\.mdx$/.test(name))
      .sort()
      .map((name) => ({ course, name, text: readFileSync(join(root, 'content', course, name), 'utf8') })),
  );
}

const field = (text, name) => text.match(new RegExp(`^${name}: (.*)$`, 'm'))?.[1]?.trim() ?? '';
const body = (text) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

/**
 * `count` lessons made from the real ones, round after round: the first round is the catalogue as
 * it is; later rounds copy each lesson under a new code and file name, with its title marked
 * with the round, so that codes, orders and addresses stay unique.
 */
export function syntheticLessons(lessons, count) {
  const orders = new Map(COURSES.map((course) => [course, 0]));
  for (const { course, text } of lessons) orders.set(course, Math.max(orders.get(course), Number(field(text, 'order'))));
  const out = [];
  for (let round = 0; out.length < count; round++) {
    for (const lesson of lessons) {
      if (out.length >= count) break;
      if (round === 0) {
        out.push(lesson);
        continue;
      }
      const order = orders.get(lesson.course) + 1;
      orders.set(lesson.course, order);
      const text = lesson.text
        .replace(/^code: .*$/m, `code: ${lesson.course}${order}`)
        .replace(/^order: .*$/m, `order: ${order}`)
        .replace(/^title: (.*)$/m, (_, title) => `title: ${JSON.stringify(`${yaml.load(title)} (bản ${round + 1})`)}`);
      out.push({ course: lesson.course, name: lesson.name.replace(/\.mdx$/, `-ban-${round + 1}.mdx`), text });
    }
  }
  return out;
}

/** This site with `lessons` as its catalogue, in .bench/<name>. */
export function siteCopy(name, lessons) {
  const dir = join(BENCH_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'])
    cpSync(entry, join(dir, entry), { recursive: true });
  cpSync('content', join(dir, 'content'), {
    recursive: true,
    filter: (path) => !COURSES.some((course) => path.startsWith(join('content', course, '')) && path.endsWith('.mdx')),
  });
  for (const { course, name: file, text } of lessons) writeFileSync(join(dir, 'content', course, file), text);
  return dir;
}

/**
 * Plain Markdown from a lesson: its title and description, and its body without the lesson
 * components' tags (their text stays: steps, warnings, examples).
 */
export function plainPage({ text }) {
  const text2 = body(text)
    .replace(/^import .*$/gm, '')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '')
    .replace(/<\/?[A-Z][A-Za-z]*\b[^>]*>/g, '');
  const title = field(text, 'title');
  const description = field(text, 'description');
  return `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n${text2}`;
}

/** A bare Starlight site (its defaults: sidebar of every page, Pagefind, Expressive Code) with the lessons as plain pages. */
export function bareStarlight(name, lessons) {
  const dir = join(BENCH_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  const docs = join(dir, 'src', 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  // Its packages named as dependencies, as in a real project: Vite then bundles Starlight's routes.
  const dependencies = { astro: '*', '@astrojs/starlight': '*' };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module', dependencies }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
  outDir: process.env.OUT_DIR || 'dist',
  integrations: [starlight({ title: 'Kỹ năng số cho mọi nhà', defaultLocale: 'root', locales: { root: { label: 'Tiếng Việt', lang: 'vi' } } })],
});
`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Kỹ năng số cho mọi nhà\n---\nCác khóa học.\n');
  for (const lesson of lessons) {
    mkdirSync(join(docs, lesson.course), { recursive: true });
    writeFileSync(join(docs, lesson.course, lesson.name.replace(/\.mdx$/, '.md')), plainPage(lesson));
  }
  return dir;
}
