import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { builtPages, DIST, expectNoHorizontalScroll, SITE, watchErrors } from './helpers';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LESSON = '/tt/quet-ma-vietqr/';
/** One page of each kind. */
const KINDS = {
  home: '/',
  course: '/tt/',
  lesson: LESSON,
  handout: '/in/tt3/',
  slides: '/trinh-chieu/tt3/',
  progress: '/tien-do/',
  tally: '/so-theo-doi/',
} as const;
const SIZES = { normal: 18, large: 22, xlarge: 26 } as const;
type Size = keyof typeof SIZES;
type Theme = 'light' | 'dark';

/** A context whose storage already holds a theme and a text size, as a returning reader's does. */
async function readerContext(browser: Browser, { theme = 'light', size = 'normal' }: { theme?: Theme; size?: Size } = {}) {
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

const rootPx = (page: Page) => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
const sizeGroup = (page: Page) => page.getByRole('group', { name: 'Cỡ chữ' });

test.describe('text size (“Cỡ chữ”)', () => {
  test('is on every page kind but the slides, sized for the projector', async ({ page }) => {
    for (const [kind, path] of Object.entries(KINDS)) {
      await page.goto(path);
      const group = sizeGroup(page);
      if (kind === 'slides') {
        await expect(group).toHaveCount(0);
        continue;
      }
      await expect(group, kind).toBeVisible();
      for (const name of ['Vừa', 'Lớn', 'Rất lớn'])
        await expect(group.getByRole('button', { name, exact: true }), kind).toBeVisible();
      await expect(group.getByRole('button', { name: 'Vừa', exact: true })).toHaveAttribute('aria-pressed', 'true');
    }
  });

  test('persists across pages and reloads, and is applied before the first paint', async ({ page }) => {
    // Records the size the page has at its first frame, before anything is painted.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstFrame: string | null }).firstFrame = document.documentElement.getAttribute('data-kns-text');
      });
    });
    const firstFrame = () => page.evaluate(() => (window as unknown as { firstFrame: string | null }).firstFrame);
    await page.goto(LESSON);
    expect(await rootPx(page)).toBe(SIZES.normal);
    await sizeGroup(page).getByRole('button', { name: 'Lớn', exact: true }).click();
    expect(await rootPx(page)).toBe(SIZES.large);
    await expect(sizeGroup(page).getByRole('button', { name: 'Lớn', exact: true })).toHaveAttribute('aria-pressed', 'true');

    for (const path of ['/tt/', '/in/tt3/', LESSON]) {
      await page.goto(path);
      await expect.poll(firstFrame, path).toBe('large');
      expect(await rootPx(page), path).toBe(SIZES.large);
    }
    await page.reload();
    await expect.poll(firstFrame).toBe('large');

    await sizeGroup(page).getByRole('button', { name: 'Rất lớn', exact: true }).click();
    expect(await rootPx(page)).toBe(SIZES.xlarge);
    // By keyboard too.
    await sizeGroup(page).getByRole('button', { name: 'Vừa', exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await rootPx(page)).toBe(SIZES.normal);
    expect(await page.evaluate(() => localStorage.getItem('kns.textSize'))).toBeNull();
  });

  test('is set in <head>, before the page’s styles, on every page that offers it', () => {
    for (const path of [
      '/',
      '/tt/',
      LESSON,
      '/in/tt3/',
      '/tien-do/',
      '/so-theo-doi/',
      '/in/phieu-tham-ho/',
      '/trinh-chieu/tt/',
    ]) {
      const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, path).toMatch(/<script>try\{[^<]*localStorage[^<]*kns\.textSize/);
    }
  });

  test('keeps the page whole: junk in storage, or storage blocked', async ({ browser }) => {
    const junk = await browser.newContext();
    await junk.addInitScript(() => localStorage.setItem('kns.textSize', '{"size":99}'));
    const page = await junk.newPage();
    const errors = watchErrors(page);
    await page.goto(LESSON);
    expect(await rootPx(page)).toBe(SIZES.normal);
    await junk.close();

    const blocked = await browser.newContext();
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const other = await blocked.newPage();
    const otherErrors = watchErrors(other);
    await other.goto(LESSON);
    await sizeGroup(other).getByRole('button', { name: 'Rất lớn', exact: true }).click();
    // Not remembered, but the page still changes size.
    expect(await rootPx(other)).toBe(SIZES.xlarge);
    expect([...errors, ...otherErrors]).toEqual([]);
    await blocked.close();
  });

  test('never makes a phone scroll sideways: every page at the largest size', async ({ browser }) => {
    test.setTimeout(180_000);
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(paths.length).toBeGreaterThan(100);
    const context = await readerContext(browser, { size: 'xlarge' });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth) wide.push(`${path} ${scrollWidth}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});

test.describe('every theme and text size, on one page of each kind', () => {
  for (const [kind, path] of Object.entries(KINDS)) {
    test(`${kind} (${path}): no axe violations, AAA contrast, no sideways scroll`, async ({ browser }) => {
      test.setTimeout(120_000);
      for (const theme of ['light', 'dark'] as const) {
        for (const size of Object.keys(SIZES) as Size[]) {
          const context = await readerContext(browser, { theme, size });
          const page = await context.newPage();
          await page.goto(path, { waitUntil: 'networkidle' });
          const label = `${theme}, ${size}`;
          if (kind !== 'slides') expect(await rootPx(page), label).toBe(SIZES[size]);
          const aa = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          expect(
            aa.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
            label,
          ).toEqual([]);
          // The existing themes meet WCAG AAA (7:1) for text, so no separate high-contrast mode is needed.
          const aaa = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
          expect(
            aaa.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? ''}`)),
            label,
          ).toEqual([]);
          await expectNoHorizontalScroll(page);
          await context.close();
        }
      }
    });
  }
});

test.describe('for every page kind', () => {
  test('the first Tab reaches a skip link that shows itself and leads past the header', async ({ page }) => {
    for (const [kind, path] of Object.entries(KINDS)) {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      await expect(skip, kind).toHaveText(kind === 'slides' ? 'Đến các nút điều khiển' : 'Bỏ qua để đến nội dung');
      const box = await skip.boundingBox();
      expect(box && box.x >= 0 && box.y >= 0 && box.width > 0, `${kind}: the skip link shows when focused`).toBe(true);
      const target = (await skip.getAttribute('href')) ?? '';
      expect(await page.locator(target).count(), kind).toBe(1);
    }
  });

  test('every control can be reached with Tab, and shows a clear focus ring when it is', async ({ page }) => {
    test.setTimeout(120_000);
    for (const [kind, path] of Object.entries(KINDS)) {
      await page.goto(path);
      // Every control on screen; of a group of radio buttons, Tab reaches one (arrows the rest).
      const controls = await page.evaluate(() => {
        const seenGroups = new Set<string>();
        const list: string[] = [];
        document
          .querySelectorAll<HTMLElement>('a[href], button, select, input, textarea, summary, [tabindex]:not([tabindex="-1"])')
          .forEach((el, i) => {
            if (
              !el.checkVisibility({ visibilityProperty: true }) ||
              el.closest('dialog:not([open])') ||
              (el as HTMLButtonElement).disabled
            )
              return;
            if (el.matches('.sl-skip-link, .kns-skip')) return;
            if (el instanceof HTMLInputElement && el.type === 'radio') {
              if (seenGroups.has(el.name)) return;
              seenGroups.add(el.name);
              el.dataset.tabGroup = el.name;
            }
            el.dataset.tabCheck = String(i);
            list.push(String(i));
          });
        return list;
      });
      const reached = new Set<string>();
      const noRing: string[] = [];
      for (let i = 0; i < controls.length + 10; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const group =
            el instanceof HTMLInputElement && el.type === 'radio'
              ? document.querySelector<HTMLElement>(`[data-tab-group="${el.name}"]`)
              : el;
          const style = getComputedStyle(el);
          // A date field's own calendar button, inside the browser's control, draws its own ring.
          const native = el.matches('input[type="date"]') && !el.matches(':focus-visible');
          const ring =
            native || (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
          return {
            id: group?.dataset.tabCheck,
            ring,
            name: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}”`,
          };
        });
        if (!focused) continue;
        if (focused.id) reached.add(focused.id);
        if (!focused.ring) noRing.push(focused.name);
      }
      const missed = await page.evaluate(
        (ids) =>
          ids
            .map((id) => document.querySelector<HTMLElement>(`[data-tab-check="${id}"]`))
            .map((el) => `${el?.tagName.toLowerCase()} “${(el?.textContent ?? '').trim().slice(0, 30)}”`),
        controls.filter((id) => !reached.has(id)),
      );
      expect(missed, `${kind}: controls Tab never reaches`).toEqual([]);
      expect(noRing, `${kind}: controls with no visible focus`).toEqual([]);
    }
  });

  test('touch targets are at least 48 × 48 px (links inside sentences excepted)', async ({ page }) => {
    for (const [kind, path] of Object.entries(KINDS)) {
      await page.goto(path);
      const small = await page.evaluate(() => {
        const found: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>(
          'a[href], button, select, input, summary, [role="button"], [role="switch"]',
        )) {
          // Shown on screen: not hidden, not in a closed dialog or disclosure.
          if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) || el.closest('dialog:not([open])'))
            continue;
          const style = getComputedStyle(el);
          if (style.visibility === 'hidden' || el.classList.contains('sl-skip-link') || el.classList.contains('kns-skip'))
            continue;
          // Inline links in running text are exempt (WCAG 2.5.8); a radio or checkbox is as big as its label.
          if (el.tagName === 'A' && style.display === 'inline') continue;
          const target = el.matches('input[type="radio"], input[type="checkbox"]') ? (el.closest('label') ?? el) : el;
          const box = target.getBoundingClientRect();
          if (box.width < 47.5 || box.height < 47.5)
            found.push(
              `${el.tagName.toLowerCase()} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
            );
        }
        return found;
      });
      expect(small, kind).toEqual([]);
    }
  });

  test('asks for no motion when the reader asks for less', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of Object.values(KINDS)) {
      await page.goto(path);
      const moving = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((el) => {
            const style = getComputedStyle(el);
            const longest = (value: string) =>
              Math.max(...value.split(',').map((v) => Number.parseFloat(v) * (v.trim().endsWith('ms') ? 1 : 1000)));
            return (
              longest(style.transitionDuration) > 1 || longest(style.animationDuration) > 1 || style.scrollBehavior === 'smooth'
            );
          })
          .map((el) => el.tagName),
      );
      expect(moving, path).toEqual([]);
    }
    await context.close();
  });

  test('a lesson reads well without JavaScript: all its text, and no dead controls', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quét mã VietQR để chuyển tiền');
    await expect(page.locator('.kns-steps li').first()).toBeVisible();
    await expect(page.locator('.kns-warning').first()).toBeVisible();
    await expect(page.locator('.kns-key-points')).toBeVisible();
    // Controls that need a script are not shown.
    await expect(sizeGroup(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Nghe bài' })).toBeHidden();
    await expectNoHorizontalScroll(page);
    await context.close();
  });
});

test('every page in the sitemap is among the pages checked one by one (every-page.spec.ts)', () => {
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? '').replace(SITE, ''));
  expect(paths.length).toBeGreaterThan(100);
  expect(builtPages()).toEqual(expect.arrayContaining(paths));
});

/**
 * Headless Chromium has no voices: a stand-in `speechSynthesis` that records what it is asked to
 * say and finishes a sentence only when the test says so (`window.finishSentence()`).
 */
function stubSpeech(options: { voices: { name: string; lang: string; localService: boolean }[]; noSpeech?: boolean }) {
  const w = window as unknown as Record<string, unknown>;
  if (options.noSpeech) {
    // As in some in-app browsers: no speech synthesis at all.
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    return;
  }
  const spoken: { text: string; lang: string; rate: number; voice?: string | undefined }[] = [];
  let current: { onend?: () => void; onerror?: (e: { error: string }) => void } | null = null;
  const synth = {
    cancels: 0,
    getVoices: () => options.voices,
    speak(utterance: { text: string; lang: string; rate: number; voice?: { name: string } }) {
      spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate, voice: utterance.voice?.name });
      current = utterance as typeof current;
    },
    cancel() {
      synth.cancels++;
      const was = current;
      current = null;
      was?.onerror?.({ error: 'interrupted' });
    },
    pause() {},
    resume() {},
    addEventListener() {},
    removeEventListener() {},
  };
  class Utterance {
    lang = '';
    rate = 1;
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: ((e: { error: string }) => void) | null = null;
    constructor(public text: string) {}
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  w.SpeechSynthesisUtterance = Utterance;
  w.spoken = spoken;
  w.synth = synth;
  w.finishSentence = () => {
    const was = current;
    current = null;
    was?.onend?.();
  };
}

const VIETNAMESE = {
  voices: [
    { name: 'English', lang: 'en-US', localService: true },
    { name: 'Tiếng Việt', lang: 'vi-VN', localService: true },
  ],
};
const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string; rate: number; voice?: string }[] }).spoken);
const finish = (page: Page) => page.evaluate(() => (window as unknown as { finishSentence(): void }).finishSentence());

test.describe('read-aloud (“Nghe bài”)', () => {
  test('reads the lesson in Vietnamese, sentence by sentence, lighting up each one', async ({ page }) => {
    await page.addInitScript(stubSpeech, VIETNAMESE);
    const errors = watchErrors(page);
    await page.goto(LESSON);
    const status = page.locator('.kns-read-aloud__status');
    await page.getByRole('button', { name: 'Nghe bài' }).click();
    await expect(status).toHaveText('Đang đọc bài. Câu đang đọc được tô màu vàng.');
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect((await spoken(page))[0]).toEqual({
      text: 'Quét mã VietQR để chuyển tiền',
      lang: 'vi-VN',
      rate: 0.9,
      voice: 'Tiếng Việt',
    });
    await expect(page.locator('.kns-reading-block')).toHaveText('Quét mã VietQR để chuyển tiền');
    expect(await page.evaluate(() => CSS.highlights.has('kns-reading'))).toBe(true);

    // Through the whole lesson: one sentence at a time, each short, the lit one on screen.
    for (let i = 1; i < 400 && (await status.textContent()) !== 'Đã đọc hết bài.'; i++) {
      await finish(page);
      await page.waitForTimeout(5);
      if (i === 12) {
        // Well down the page by now: the lit sentence has been brought on screen (smoothly).
        const inView = () =>
          page.evaluate(() => {
            const box = document.querySelector('.kns-reading-block')?.getBoundingClientRect();
            return Boolean(box && box.bottom > 0 && box.top < window.innerHeight);
          });
        await expect.poll(inView, { message: 'the sentence being read is scrolled into view' }).toBe(true);
        expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      }
    }
    await expect(status).toHaveText('Đã đọc hết bài.');
    const texts = (await spoken(page)).map((s) => s.text);
    expect(texts.length).toBeGreaterThan(30);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(180);
    const all = texts.join(' ');
    // The steps and the key points are read, in order…
    const firstSentence = async (selector: string) =>
      ((await page.locator(selector).first().textContent()) ?? '')
        .trim()
        .replace(/\s+/g, ' ')
        .split(/(?<=[.!?])\s/)[0] ?? '';
    const step = await firstSentence('.kns-steps li');
    const keyPoint = await firstSentence('.kns-key-points li');
    expect(step.length).toBeGreaterThan(5);
    expect(all).toContain(step);
    expect(all.indexOf(keyPoint)).toBeGreaterThan(all.indexOf(step));
    // …but not the menus, the hidden trainer notes, the quiz or the sources.
    const note = (await page.locator('.kns-trainer-note').first().textContent())?.trim().slice(0, 40) ?? '';
    const question = (await page.locator('.kns-quiz legend').first().textContent())?.trim().slice(0, 40) ?? '';
    expect(note.length).toBeGreaterThan(10);
    expect(all).not.toContain(note);
    expect(all).not.toContain(question);
    expect(all).not.toContain('Tất cả khóa học');
    const source = (await page.locator('.kns-sources li').first().textContent())?.trim().slice(0, 30) ?? '';
    expect(source.length).toBeGreaterThan(10);
    expect(all).not.toContain(source);
    await expect(page.locator('.kns-reading-block')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('pauses, resumes the same sentence, changes speed and stops', async ({ page }) => {
    await page.addInitScript(stubSpeech, VIETNAMESE);
    await page.goto(LESSON);
    const status = page.locator('.kns-read-aloud__status');
    await page.getByRole('button', { name: 'Nghe bài' }).click();
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    await finish(page);
    await expect.poll(async () => (await spoken(page)).length).toBe(2);
    const second = (await spoken(page))[1]?.text;

    await page.getByRole('button', { name: 'Tạm dừng' }).click();
    await expect(status).toHaveText('Đã tạm dừng. Bấm “Đọc tiếp” để nghe tiếp.');
    expect(await page.evaluate(() => (window as unknown as { synth: { cancels: number } }).synth.cancels)).toBeGreaterThan(0);
    await page.waitForTimeout(50);
    expect(await spoken(page)).toHaveLength(2);

    await page.getByRole('button', { name: 'Đọc tiếp' }).click();
    await expect(status).toHaveText('Đang đọc bài. Câu đang đọc được tô màu vàng.');
    await expect.poll(async () => (await spoken(page)).length).toBe(3);
    expect((await spoken(page))[2]?.text).toBe(second);

    await page.getByLabel('Tốc độ đọc').selectOption({ label: 'Chậm' });
    await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(0.7);
    expect((await spoken(page)).at(-1)?.text).toBe(second);
    expect(await page.evaluate(() => localStorage.getItem('kns.readRate'))).toBe('slow');

    await page.getByRole('button', { name: 'Dừng đọc' }).click();
    await expect(status).toHaveText('Đã dừng đọc.');
    await expect(page.locator('.kns-reading-block')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Nghe bài' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dừng đọc' })).toBeHidden();
  });

  test('works from the keyboard alone', async ({ page }) => {
    await page.addInitScript(stubSpeech, VIETNAMESE);
    await page.goto(LESSON);
    const listen = page.getByRole('button', { name: 'Nghe bài' });
    await listen.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    await expect(page.getByRole('button', { name: 'Tạm dừng' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Dừng đọc' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.kns-read-aloud__status')).toHaveText('Đã dừng đọc.');
    await expect(listen).toBeFocused();
  });

  test('says plainly when the phone has no Vietnamese voice, and reads nothing', async ({ page }) => {
    await page.addInitScript(stubSpeech, { voices: [{ name: 'English', lang: 'en-US', localService: true }] });
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Nghe bài' }).click();
    const status = page.locator('.kns-read-aloud__status');
    await expect(status).toContainText('chưa có giọng đọc tiếng Việt');
    await expect(status).toContainText('Cài đặt');
    expect(await spoken(page)).toEqual([]);
  });

  test('says plainly when the browser cannot speak at all', async ({ page }) => {
    await page.addInitScript(stubSpeech, { voices: [], noSpeech: true });
    const errors = watchErrors(page);
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Nghe bài' }).click();
    await expect(page.locator('.kns-read-aloud__status')).toContainText('Trình duyệt này không đọc bài thành tiếng được');
    expect(errors).toEqual([]);
  });

  /** The foot bar's controls: each fully on screen and not covered by anything (the sidebar). */
  const footBar = (page: Page) =>
    page.locator('.kns-read-aloud__controls').evaluate((bar) => {
      const boxes = [...bar.querySelectorAll('button:not([hidden]), select')].map((control) => {
        const box = control.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
        return { left: box.left, right: box.right, top: box.top, uncovered: Boolean(hit && control.contains(hit)) };
      });
      return { boxes, barTop: bar.getBoundingClientRect().top };
    });

  test('keeps pause and stop at hand at the screen’s foot: beside the sidebar on a projector, short on a phone at the largest text', async ({
    browser,
  }) => {
    for (const [viewport, size] of [
      [{ width: 1024, height: 768 }, 'normal'],
      [{ width: 360, height: 740 }, 'xlarge'],
    ] as const) {
      const context = await readerContext(browser, { size });
      await context.addInitScript(stubSpeech, VIETNAMESE);
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(LESSON);
      await page.getByRole('button', { name: 'Nghe bài' }).click();
      await expect(page.getByRole('button', { name: 'Dừng đọc' })).toBeVisible();
      const { boxes, barTop } = await footBar(page);
      expect(boxes, `${viewport.width}px: pause, stop and speed`).toHaveLength(3);
      for (const box of boxes) {
        expect(box, `${viewport.width}px: a control is uncovered and on screen`).toMatchObject({ uncovered: true });
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(viewport.width);
      }
      // At most a fifth of the screen goes to the controls, so the lesson stays readable.
      expect(viewport.height - barTop, `${viewport.width}px: bar height`).toBeLessThanOrEqual(viewport.height / 5);
      await context.close();
    }
  });

  test('downloads the reading part only when asked, and says so when it cannot (offline)', async ({ page }) => {
    await page.addInitScript(stubSpeech, VIETNAMESE);
    const errors = watchErrors(page);
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (/read-aloud-session/.test(request.url())) fetched.push(request.url());
    });
    let offline = true;
    await page.route(/read-aloud-session/, async (route) => {
      if (offline) return route.abort('internetdisconnected');
      await new Promise((resolve) => setTimeout(resolve, 500)); // a slow connection
      return route.continue();
    });
    await page.goto(LESSON);
    await page.waitForLoadState('networkidle');
    expect(fetched, 'nothing of the reading is loaded with the page').toEqual([]);

    const listen = page.getByRole('button', { name: 'Nghe bài' });
    await listen.click();
    await expect(page.locator('.kns-read-aloud__status')).toHaveText(
      'Chưa tải được phần đọc bài, có thể do mất mạng. Khi có mạng, bấm “Nghe bài” lại.',
    );
    expect(await spoken(page)).toEqual([]);

    // Back online, on a slow connection: the press is answered at once, then the lesson is read.
    offline = false;
    await listen.click();
    await expect(page.locator('.kns-read-aloud__status')).toHaveText('Đang chuẩn bị giọng đọc…');
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect(fetched.length).toBeGreaterThanOrEqual(2);
    // The browser reports the failed download itself; the page throws nothing.
    expect(errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
  });

  test('is offered on lessons only', async ({ page }) => {
    for (const path of ['/', '/tt/', '/tien-do/']) {
      await page.goto(path);
      await expect(page.getByRole('button', { name: 'Nghe bài' }), path).toHaveCount(0);
    }
  });
});
