interface ImportMetaEnv {
  /** The build's id: a hash of the site's sources (astro.config.mjs), e.g. Pagefind's `metaCacheTag`. */
  readonly KNS_BUILD: string;
}
