import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const SCRIPTS = /<script\b[\s\S]*?<\/script>/g;
const STYLES = /<style\b[\s\S]*?<\/style>/g;

/**
 * What Starlight brings that this site never uses, taken out of Starlight's components as they are
 * loaded: each entry names the file, what goes and why. A trim that finds nothing to take fails
 * the build, so a Starlight update that moves things is noticed, not shipped. A test checks that
 * no built page shows a component whose styles are gone (tests/e2e/page-weight.spec.ts).
 */
export const STARLIGHT_TRIMS: { file: RegExp; remove: RegExp[]; why: string }[] = [
  {
    file: /components[\\/](Mobile)?TableOfContents\.astro$/,
    remove: [SCRIPTS],
    why: 'their elements are defined by the site script (components/starlight/toc-elements.ts)',
  },
  { file: /components[\\/]LanguageSelect\.astro$/, remove: [SCRIPTS], why: 'one language: the picker is never shown' },
  {
    file: /components[\\/]SidebarPersister\.astro$/,
    remove: [SCRIPTS],
    why: 'the sidebar is one course, a dozen links: nothing to restore between pages',
  },
  {
    file: /components[\\/]Page\.astro$/,
    remove: [
      /<script src="\.\.\/components-internals\/SidebarPersistState"><\/script>/g,
      // Asides (`:::note`): lessons use their own blocks (components/lesson/).
      /import '\.\.\/style\/asides\.css';/g,
      // The print styles join the one stylesheet instead of a second request on every page.
      /<link rel="stylesheet" href=\{printHref\} media="print" \/>/g,
      /import printHref from '\.\.\/style\/print\.css\?url&no-inline';/g,
    ],
    why: 'no sidebar state to keep, no asides, print styles in the main stylesheet',
  },
  { file: /components[\\/](Hero|Banner)\.astro$/, remove: [STYLES], why: 'no page has a hero or a banner' },
  { file: /user-components[\\/](Badge|LinkButton)\.astro$/, remove: [STYLES], why: 'no badges, no link buttons' },
];

/** A Starlight component's source with the trims that apply to it; throws when a trim finds nothing. */
export function trimStarlight(id: string, source: string): string | undefined {
  const trims = STARLIGHT_TRIMS.filter((trim) => trim.file.test(id));
  if (trims.length === 0) return undefined;
  let code = source;
  for (const trim of trims) {
    for (const pattern of trim.remove) {
      const next = code.replace(pattern, '');
      if (next === code) throw new Error(`light-pages: ${pattern} found nothing in ${id} (${trim.why})`);
      code = next;
    }
  }
  // The print styles, a link of their own until now, are imported with the rest, first: they
  // declare no layers, and the site's styles must still win over them as when they came first.
  if (/[\\/]components[\\/]Page\.astro$/.test(id)) {
    const user = "import 'virtual:starlight/user-css';";
    const withPrint = code.replace(user, `import '../style/print.css';\n${user}`);
    if (withPrint === code) throw new Error(`light-pages: no place for the print styles in ${id}`);
    code = withPrint;
  }
  return code;
}

/**
 * A lighter page (issue 22). On a weak 3G link every file is a round trip, and a cheap phone pays
 * for every byte:
 * - one script per page: the elements of the header, reading tools and lessons are imported by
 *   components/site/site-script.ts, which SiteScript.astro puts on every page; a rarer page kind
 *   adds one script of its own, which shares the site script's modules;
 * - what Starlight ships for features this site does not use is taken out (STARLIGHT_TRIMS).
 */
export function lightPages(): AstroIntegration {
  const starlightDist = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
  return {
    name: 'kns-light-pages',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            resolve: {
              alias: {
                '@kns/starlight-toc': join(starlightDist, 'components-internals/TableOfContents/starlight-toc.js'),
              },
            },
            plugins: [
              {
                // The site script's modules in one file: by default Rolldown leaves the modules it
                // shares with the page kinds' scripts and the lazily loaded parts (storage,
                // progress) in files of their own, each one more request on the first load. A group
                // holding the entry and, by default, everything it imports keeps them in the
                // entry's file; the others import from it. The entry exports nothing, so its
                // exports may be extended.
                name: 'kns-site-script-chunk',
                configEnvironment(name: string) {
                  if (name !== 'client') return;
                  return {
                    build: {
                      rolldownOptions: {
                        preserveEntrySignatures: false as const,
                        output: {
                          codeSplitting: {
                            groups: [
                              { name: 'site', test: /[\\/]SiteScript\.astro/, priority: 2 },
                              // What the rarer page kinds' scripts share (dates, results): one file. Not
                              // the search's parts: a first search downloads only what it needs.
                              { name: 'shared', minShareCount: 2, priority: 1, test: /^(?!.*[\\/]lib[\\/]search[\\/])/ },
                            ],
                          },
                        },
                      },
                    },
                  };
                },
              },
              {
                name: 'kns-trim-starlight',
                enforce: 'pre',
                load(id: string) {
                  if (!id.includes('@astrojs/starlight') || !id.endsWith('.astro')) return null;
                  return trimStarlight(id, readFileSync(id, 'utf8')) ?? null;
                },
              },
            ],
          },
        });
      },
    },
  };
}
