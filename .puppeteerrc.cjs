// Puppeteer (used by pa11y in tests/e2e/pa11y.spec.ts) does not download a browser: the tests
// use Debian's Chromium, and these machines cannot download one anyway.
module.exports = { skipDownload: true };
