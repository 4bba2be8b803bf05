import type { Browser, Page } from '@playwright/test';

// What the reading tests share: one page of each kind, the three text sizes, and a reader who
// comes back with a theme and a text size already chosen.
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const LESSON = '/tt/quet-ma-vietqr/';
/** One page of each kind. */
export const KINDS = {
  home: '/',
  course: '/tt/',
  lesson: LESSON,
  handout: '/in/tt3/',
  slides: '/trinh-chieu/tt3/',
  progress: '/tien-do/',
  tally: '/so-theo-doi/',
  practice: '/tap-thu/chuyen-tien/',
} as const;
export const SIZES = { normal: 18, large: 22, xlarge: 26 } as const;
export type Size = keyof typeof SIZES;
export type Theme = 'light' | 'dark';

/** A context whose storage already holds a theme and a text size, as a returning reader's does. */
export async function readerContext(browser: Browser, { theme = 'light', size = 'normal' }: { theme?: Theme; size?: Size } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
  await context.addInitScript(
    ({ theme, size }) => {
      try {
        localStorage.setItem('starlight-theme', theme);
        localStorage.setItem('kns.slidesTheme', theme);
        if (size !== 'normal') localStorage.setItem('kns.textSize', size);
      } catch {}
    },
    { theme, size },
  );
  return context;
}

export const rootPx = (page: Page) => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
export const sizeGroup = (page: Page) => page.getByRole('group', { name: 'Cỡ chữ' });
