import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, DIST, expectNoHorizontalScroll, SITE } from './helpers';
import { KINDS, LESSON, readerContext, rootPx, SIZES, type Size, sizeGroup, WCAG_TAGS } from './reader';

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
