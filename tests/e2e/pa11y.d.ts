// The part of pa11y's API the tests use (pa11y 10 ships no types; @types/pa11y is for pa11y 5).
declare module 'pa11y' {
  import type { Browser } from 'puppeteer';

  interface Issue {
    code: string;
    type: string;
    message: string;
    selector: string;
    context: string;
  }
  interface Options {
    browser?: Browser;
    runners?: ('htmlcs' | 'axe')[];
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    includeWarnings?: boolean;
    includeNotices?: boolean;
    viewport?: { width: number; height: number };
    timeout?: number;
  }
  export default function pa11y(url: string, options?: Options): Promise<{ issues: Issue[] }>;
}
