interface ImportMetaEnv {
  /** The build's id: a hash of the site's sources (astro.config.mjs), e.g. Pagefind's `metaCacheTag`. */
  readonly KNS_BUILD: string;
  /** True in the copy for Kiwix (`npm run zim`): relative links, no service worker, nothing to share. */
  readonly KNS_ZIM: boolean;
}

/** Starlight's table-of-contents element (aliased by src/integrations/light-pages.ts). */
declare module '@kns/starlight-toc' {
  export class StarlightTOC extends HTMLElement {
    set current(link: HTMLAnchorElement);
  }
}
