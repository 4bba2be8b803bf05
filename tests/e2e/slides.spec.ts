import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { builtPages, courseLessonCount, DIST, isRedirectPage, watchErrors } from './helpers';

const codes = builtPages()
  .filter((path) => isRedirectPage(DIST, path))
  .map((path) => path.replaceAll('/', ''));
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Overflow and smallest text size of the slide on screen. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.kns-slide[data-current]');
    const inner = slide?.querySelector<HTMLElement>('.kns-slide__inner');
    if (!slide || !inner) return undefined;
    const texts = [...inner.querySelectorAll<HTMLElement>('p, li, h1, h2, figcaption span, figcaption strong')].filter(
      (el) => el.offsetParent !== null && el.textContent?.trim(),
    );
    const slideBox = slide.getBoundingClientRect();
    const outside = texts.filter((el) => {
      const box = el.getBoundingClientRect();
      return box.bottom > slideBox.bottom + 1 || box.right > slideBox.right + 1 || box.left < slideBox.left - 1;
    });
    return {
      kind: slide.dataset.kind,
      id: slide.id,
      overflow: inner.scrollHeight > slide.clientHeight + 1 || inner.scrollWidth > inner.clientWidth + 1 || outside.length > 0,
      smallest: Math.min(...texts.map((el) => Number.parseFloat(getComputedStyle(el).fontSize))),
    };
  });

for (const [width, height] of [
  [1024, 768],
  [1920, 1080],
] as const) {
  test(`every slide of every lesson fits and reads from the back of the room at ${width}×${height}`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width, height });
    const problems: string[] = [];
    for (const code of codes) {
      await page.goto(`/trinh-chieu/${code}/`);
      const total = await page.locator('.kns-slide').count();
      const keys = ['ArrowRight', 'Space', 'PageDown'];
      for (let i = 0; i < total; i++) {
        const m = await measure(page);
        if (!m) throw new Error(`${code}: no current slide`);
        if (m.overflow) problems.push(`${code} ${m.id} (${m.kind}) overflows`);
        if (m.smallest < height * 0.045) problems.push(`${code} ${m.id}: text ${m.smallest}px < 4.5 % of ${height}px`);
        if (m.kind === 'quiz') {
          // The first press shows the answer; it must fit as well.
          await page.keyboard.press('ArrowRight');
          const r = await measure(page);
          if (r?.overflow) problems.push(`${code} ${m.id} (answer) overflows`);
          await expect(page.locator('.kns-slide[data-current] [data-answer]')).toBeVisible();
        }
        await page.keyboard.press(keys[i % keys.length] ?? 'ArrowRight');
      }
      await expect(page).toHaveURL(new RegExp(`#${total}$`));
    }
    expect(problems).toEqual([]);
  });
}

test('text is at least 4.5 % of the screen height on a 1280×720 projector too', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/trinh-chieu/tt3/');
  const m = await measure(page);
  expect(m?.smallest).toBeGreaterThanOrEqual(720 * 0.045);
});

test.describe('at the cultural house (1024×768)', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('a clicker drives the deck, the slide number is in the URL, and a reload stays on it', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/trinh-chieu/tt3/');
    const counter = page.locator('[data-counter]');
    const total = await page.locator('.kns-slide').count();
    await expect(counter).toHaveText(`1 / ${total}`);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(`4 / ${total}`);
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/#3$/);
    await page.reload();
    await expect(counter).toHaveText(`3 / ${total}`);
    await page.keyboard.press('End');
    await expect(page.locator('.kns-slide[data-current]')).toHaveAttribute('data-kind', 'closing');
    await expect(page.locator('.kns-slide[data-current] svg[role="img"]')).toBeVisible();
    await page.keyboard.press('Home');
    await expect(counter).toHaveText(`1 / ${total}`);
    await page.locator('[data-zone="next"]').click();
    await expect(counter).toHaveText(`2 / ${total}`);
    await page.locator('[data-zone="prev"]').click();
    await expect(counter).toHaveText(`1 / ${total}`);
    expect(errors).toEqual([]);
  });

  test('revealing a quiz answer keeps the question and the options and marks the right one, in one press', async ({ page }) => {
    await page.goto('/trinh-chieu/tt3/');
    const first = await page.locator('.kns-slide[data-kind="quiz"]').first().getAttribute('id');
    await page.goto(`/trinh-chieu/tt3/#${first?.replace('slide-', '')}`);
    const slide = page.locator('.kns-slide[data-current]');
    await expect(slide.locator('.kns-slide__options')).toBeVisible();
    await expect(slide.locator('[data-answer]')).toBeHidden();
    await expect(slide.locator('.kns-slide__right')).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(slide.locator('.kns-slide__question')).toBeVisible();
    await expect(slide.locator('.kns-slide__options')).toBeVisible();
    await expect(slide.locator('[data-answer]')).toBeVisible();
    await expect(slide.locator('[data-answer]')).toContainText(/Đáp án đúng: [A-E]/);
    const right = slide.locator('.kns-slide__options li[data-correct]');
    await expect(right.first()).toContainText('✓ Đúng');
    await expect(right.first().locator('.kns-slide__right')).toBeVisible();
    await expect(slide.locator('.kns-slide__options li:not([data-correct]) .kns-slide__right')).toHaveCount(0);
    // The same options, in the same order, as on the lesson page.
    const onSlide = await slide
      .locator('.kns-slide__options li')
      .evaluateAll((items) => items.map((li) => (li.firstChild?.textContent ?? '').trim()));
    await page.goto('/tt/quet-ma-vietqr/');
    const onPage = await page.locator('.kns-quiz__question').first().locator('.kns-quiz__option span').allInnerTexts();
    expect(onSlide).toEqual(onPage);
  });

  test('the text of each slide is as large as fits: a little larger would not fit, or it is at the largest size', async ({
    page,
  }) => {
    await page.goto('/trinh-chieu/tt3/');
    const total = await page.locator('.kns-slide').count();
    const underused: string[] = [];
    let grown = 0;
    for (let i = 1; i <= total; i++) {
      await page.goto(`/trinh-chieu/tt3/#${i}`);
      await page.waitForFunction((n) => location.hash === `#${n}`, i);
      const fit = await page.locator('.kns-slide[data-current]').evaluate((slide) => {
        const inner = slide.querySelector('.kns-slide__inner') as HTMLElement;
        const style = getComputedStyle(slide);
        const room = slide.clientHeight - Number.parseFloat(style.paddingTop) - Number.parseFloat(style.paddingBottom);
        const scale = Number(style.getPropertyValue('--kns-fit') || 1);
        const overflows = () => inner.scrollHeight > room + 1 || inner.scrollWidth > inner.clientWidth + 1;
        // Try 4 % larger, before and after a quiz's answer is shown.
        slide.style.setProperty('--kns-fit', String(scale * 1.04));
        let larger = overflows();
        if (slide.dataset.kind === 'quiz') {
          slide.setAttribute('data-revealed', '');
          larger ||= overflows();
          slide.removeAttribute('data-revealed');
        }
        slide.style.setProperty('--kns-fit', String(scale));
        return { scale, larger, fits: !overflows(), id: slide.id };
      });
      expect(fit.scale, fit.id).toBeGreaterThanOrEqual(1);
      expect(fit.fits, fit.id).toBe(true);
      if (fit.scale > 1.01) grown++;
      if (fit.scale < 1.55 && !fit.larger) underused.push(`${fit.id} at ×${fit.scale} could be larger`);
    }
    expect(underused).toEqual([]);
    expect(grown).toBeGreaterThan(total / 2);
  });

  test('a slide that goes on with the one before says “(tiếp)”', async ({ page }) => {
    await page.goto('/trinh-chieu/tt3/');
    const headings = await page.locator('.kns-slide h1, .kns-slide h2.kns-slide__heading').allTextContents();
    const continued = headings.map((h) => h.replace(/\s+/g, ' ').trim()).filter((h) => h.endsWith('(tiếp)'));
    expect(continued.length).toBeGreaterThan(0);
    for (const heading of continued)
      expect(headings.map((h) => h.replace(/\s+/g, ' ').trim())).toContain(heading.replace(/ \(tiếp\)$/, ''));
  });

  test('the closing slide never breaks the short link inside its host or its code', async ({ page }) => {
    await page.goto('/trinh-chieu/tt3/');
    await page.keyboard.press('End');
    const link = page.locator('.kns-slide[data-current] .kns-slide__link');
    await expect(link).toHaveText('127.0.0.1:4322/tt3/');
    const lines = await link.locator('span').evaluateAll((spans) => spans.map((span) => span.getClientRects().length));
    expect(lines).toEqual([1, 1]);
  });

  test('trainer notes stay off the projected slide; N shows them with the timer; P opens a presenter window that follows', async ({
    page,
  }) => {
    await page.goto('/trinh-chieu/tt3/');
    const noted = await page
      .locator('.kns-slide')
      .evaluateAll((slides) =>
        slides.findIndex((s) => (s.querySelector('template[data-notes]') as HTMLTemplateElement | null)?.innerHTML.trim()),
      );
    expect(noted).toBeGreaterThanOrEqual(0);
    await page.goto(`/trinh-chieu/tt3/#${noted + 1}`);
    await expect(page.getByText('Bài này mất khoảng 15 phút')).toBeHidden();
    await page.keyboard.press('n');
    await expect(page.locator('[data-notes-panel]')).toBeVisible();
    await expect(page.locator('[data-notes-panel]')).toContainText('Bài này mất khoảng 15 phút');
    await expect(page.locator('[data-timer]')).toContainText('dự kiến 15:00');
    const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
    await expect(presenter.locator('[data-notes-body]')).toContainText('Bài này mất khoảng 15 phút');
    await expect(presenter.locator('[data-timer]')).toContainText('Đã dạy');
    await expect(presenter.locator('html')).toHaveAttribute('lang', 'vi');
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect(presenter.locator('[data-counter]')).toHaveText(`${noted + 2} / ${await page.locator('.kns-slide').count()}`);
    await presenter.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(new RegExp(`#${noted + 1}$`));
  });

  test('once opened, the deck needs nothing more from the network', async ({ page }) => {
    await page.goto('/trinh-chieu/tt3/', { waitUntil: 'networkidle' });
    const later: string[] = [];
    page.on('request', (request) => later.push(request.url()));
    await page.context().setOffline(true);
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('n');
    await page.keyboard.press('d');
    const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
    await expect(presenter.locator('[data-notes-body]')).toBeVisible();
    expect(later).toEqual([]);
    await page.context().setOffline(false);
  });

  test('without JavaScript the slides read one after another', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await page.goto('/trinh-chieu/tt3/');
    await expect(page.locator('.kns-slide').nth(2)).toBeVisible();
    await expect(page.locator('.kns-slide[data-kind="quiz"] [data-answer]').first()).toBeVisible();
    await context.close();
  });

  test('has no axe violations, in the light and the dark theme', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await page.goto('/trinh-chieu/tt3/#2');
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await page.keyboard.press('d');
      await expect(page.locator('html')).toHaveAttribute('data-deck-theme', theme);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await context.close();
  });
});

test('a course’s session plan lists the lessons, the minutes, what to bring, and prints on A4', async ({ page }) => {
  await page.goto('/trinh-chieu/tt/');
  const rows = page.locator('.kns-plan tbody tr');
  await expect(rows).toHaveCount(courseLessonCount('tt'));
  const minutes = await rows.locator('td:nth-child(4)').allInnerTexts();
  const total = minutes.reduce((sum, m) => sum + Number(m), 0);
  await expect(page.locator('.kns-plan tfoot')).toContainText(`${total} phút`);
  for (const thing of ['Máy chiếu', 'điện thoại dự phòng', 'Tờ hướng dẫn in sẵn', 'Bảng mã QR'])
    await expect(page.locator('.kns-plan')).toContainText(thing);
  await page.getByRole('link', { name: 'trình chiếu' }).first().click();
  await expect(page).toHaveURL(/\/trinh-chieu\/tt1\/#1$/);
  await page.goto('/trinh-chieu/tt/');
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  // One sheet, printed on both sides at most: a course of eight lessons takes two pages.
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeLessThanOrEqual(2);
});

test('every lesson page links to its slides and its handout, in the trainer’s tools', async ({ page }) => {
  await page.goto('/tt/quet-ma-vietqr/');
  await page.getByText('Công cụ cho người hướng dẫn').click();
  await expect(page.getByRole('link', { name: 'Trình chiếu' })).toHaveAttribute('href', '/trinh-chieu/tt3/');
  await expect(page.getByRole('link', { name: 'In tờ hướng dẫn' })).toHaveAttribute('href', '/in/tt3/');
});
