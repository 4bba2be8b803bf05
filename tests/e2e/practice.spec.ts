import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type Response, test } from '@playwright/test';
import yaml from 'js-yaml';
import { DIST, expectNoHorizontalScroll, watchErrors } from './helpers';
import { WCAG_TAGS } from './reader';

// The practice screens ("Tập thử"), tried from outside as a learner would: the part to use at each
// step carries `data-practice-target`; in guided mode its hint is tied to it by
// `aria-describedby`, and a typing step's hint gives the text between “ ”.

const FLOWS_DIR = 'content/tap-thu';
const flows = readdirSync(FLOWS_DIR)
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => {
    const data = yaml.load(readFileSync(join(FLOWS_DIR, name), 'utf8')) as { title: string; lessons: string[]; steps: unknown[] };
    return { id: name.replace(/\.yaml$/, ''), title: data.title, lessons: data.lessons, steps: data.steps.length };
  });

const target = (page: Page) => page.locator('[data-practice-target]');
const stepLine = (page: Page) => page.locator('[data-progress]');
const end = (page: Page) => page.getByRole('heading', { name: 'Bạn đã làm xong' });

/** The texts a hint gives between “ ”: one of them is what a typing step wants typed. */
async function quoted(page: Page, part: Locator): Promise<string[]> {
  const id = await part.getAttribute('aria-describedby');
  const hint = id
    ? ((await page.locator(`#${id}`).textContent()) ?? '')
    : ((await page.locator('[data-hint]').textContent()) ?? '');
  return [...hint.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? '').reverse();
}

/** Whether the flow moved on from the step shown as `before`. */
async function movedOn(page: Page, before: string): Promise<boolean> {
  if (await end(page).isVisible()) return true;
  return ((await stepLine(page).textContent()) ?? '') !== before;
}

/** Does the current step with the mouse (or by typing): taps the target, or types what the hint says. */
async function doStep(page: Page, how: 'mouse' | 'keyboard') {
  const part = target(page);
  await expect(part).toHaveCount(1);
  const before = (await stepLine(page).textContent()) ?? '';
  const isField = await part.evaluate((el) => el instanceof HTMLInputElement);
  if (isField) {
    for (const text of await quoted(page, part)) {
      if (how === 'mouse') await part.click();
      else await expect(part).toBeFocused();
      await part.fill('');
      await page.keyboard.type(text);
      if (await movedOn(page, before)) return;
    }
    throw new Error(`${before}: no text in the hint moved the step on`);
  }
  if (how === 'mouse') await part.click();
  else await page.keyboard.press('Enter');
  expect(await movedOn(page, before), before).toBe(true);
}

/** Tabs forward until the target has focus (typing steps may have put the caret there already). */
async function tabToTarget(page: Page) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-practice-target') ?? false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the target at ${(await stepLine(page).textContent()) ?? ''}`);
}

async function axe(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    label,
  ).toEqual([]);
}

test('there are at least eight flows, listed on /tap-thu/ by course', async ({ page }) => {
  expect(flows.length).toBeGreaterThanOrEqual(8);
  await page.goto('/tap-thu/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tập thử' })).toBeVisible();
  for (const flow of flows)
    await expect(page.getByRole('link', { name: flow.title, exact: true })).toHaveAttribute('href', `/tap-thu/${flow.id}/`);
  await expect(page.getByRole('heading', { level: 2 })).not.toHaveCount(0);
});

for (const flow of flows) {
  test.describe(`${flow.id}`, () => {
    test('guided, by mouse: every step’s target carries its hint; axe at start and end; the score', async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/tap-thu/${flow.id}/`);
      await expect(page.getByText('Mô phỏng — không phải ứng dụng thật')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Có hướng dẫn' })).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('button', { name: 'Tự làm' })).toHaveAttribute('aria-pressed', 'false');
      await axe(page, `${flow.id} at the start`);
      await expectNoHorizontalScroll(page);
      for (let n = 1; n <= flow.steps; n++) {
        await expect(stepLine(page)).toHaveText(`Bước ${n}/${flow.steps}`);
        const part = target(page);
        await expect(part).toBeVisible();
        // Guided: the hint is shown and tied to the part to use.
        const hintId = await part.getAttribute('aria-describedby');
        expect(hintId, `step ${n}`).toBeTruthy();
        await expect(page.locator(`#${hintId}`)).toBeVisible();
        await doStep(page, 'mouse');
      }
      await expect(end(page)).toBeVisible();
      await expect(page.locator('[data-score]')).toContainText(`${flow.steps}/${flow.steps} bước làm đúng ngay`);
      await expect(target(page)).toHaveCount(0);
      await axe(page, `${flow.id} at the end`);
      expect(errors).toEqual([]);
    });

    test('guided, by keyboard only', async ({ page }) => {
      await page.goto(`/tap-thu/${flow.id}/`);
      await page.keyboard.press('Tab');
      for (let n = 1; n <= flow.steps; n++) {
        await expect(stepLine(page)).toHaveText(`Bước ${n}/${flow.steps}`);
        await tabToTarget(page);
        await doStep(page, 'keyboard');
      }
      await expect(end(page)).toBeVisible();
      await expect(end(page).locator('xpath=..')).toBeFocused();
    });
  });
}

test.describe('on one’s own', () => {
  test('a wrong tap gets a kind explanation, shows the hint, lowers the score, and the result reaches the progress page', async ({
    page,
  }) => {
    await page.goto('/tap-thu/chuyen-tien/');
    await page.getByRole('button', { name: 'Tự làm' }).click();
    await expect(page.getByRole('button', { name: 'Tự làm' })).toHaveAttribute('aria-pressed', 'true');
    // On one's own: the target is still marked for tools, but no hint is shown or tied to it.
    await expect(page.locator('[data-hint]')).toBeHidden();
    await expect(target(page)).not.toHaveAttribute('aria-describedby', /./);
    await expect(page.getByRole('button', { name: 'Xem gợi ý' })).toBeVisible();
    await page.getByRole('button', { name: 'QR của tôi' }).click();
    const feedback = page.getByRole('status').filter({ hasText: 'QR của tôi' });
    await expect(feedback).toContainText('để người khác chuyển tiền cho bạn');
    await expect(page.locator('[data-hint]')).toBeVisible();
    await expect(stepLine(page)).toHaveText('Bước 1/11');
    const total = 11;
    for (let n = 1; n <= total; n++) await doStep(page, 'mouse');
    await expect(page.locator('[data-score]')).toContainText(`${total - 1}/${total} bước tự làm đúng`);
    await expect(page.locator('[data-again-list] li')).toHaveCount(1);
    await expect(page.locator('[data-again-list] li').first()).toContainText('Bước 1/11');
    await expect(page.getByText('Kết quả được lưu trên máy này')).toBeVisible();

    await page.goto('/tien-do/');
    const row = page.locator('[data-kns-practice="chuyen-tien"]');
    await expect(row).toContainText(`Tự làm ngày`);
    await expect(row).toContainText(`${total - 1}/${total} bước đúng`);
    await expect(page.locator('[data-kns-practice="cuoc-goi-otp"]')).toContainText('Chưa tập');
  });

  test('asking for the hint counts as help; starting again clears the fields', async ({ page }) => {
    await page.goto('/tap-thu/chuyen-tien/');
    await page.getByRole('button', { name: 'Tự làm' }).click();
    await doStep(page, 'mouse');
    await target(page).fill('0987654321');
    await page.getByRole('button', { name: 'Xem gợi ý' }).click();
    await expect(page.locator('[data-hint]')).toBeVisible();
    await expect(target(page)).toHaveAttribute('aria-describedby', /practice-hint/);
    await page.getByRole('button', { name: 'Có hướng dẫn' }).click();
    await expect(stepLine(page)).toHaveText('Bước 1/11');
    await expect(page.locator('[data-screen="nhap-so"] input')).toHaveValue('');
  });

  test('storage that refuses writing only means the result is not kept', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const errors = watchErrors(page);
    await page.goto('/tap-thu/chuyen-tien/');
    for (let n = 1; n <= 11; n++) await doStep(page, 'mouse');
    await expect(page.getByText('Máy này không cho lưu kết quả')).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test('a practice page holds at every text size, at phone and projector size', async ({ browser }) => {
  for (const size of ['normal', 'large', 'xlarge'] as const) {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1024, height: 768 },
    ]) {
      const context = await browser.newContext({ viewport, locale: 'vi-VN' });
      await context.addInitScript((s) => {
        if (s !== 'normal') localStorage.setItem('kns.textSize', s);
      }, size);
      const page = await context.newPage();
      await page.goto('/tap-thu/cuoc-goi-otp/');
      await expectNoHorizontalScroll(page);
      const phone = await page.locator('[data-phone]').boundingBox();
      expect(phone?.width, `${size} ${viewport.width}`).toBeLessThanOrEqual(viewport.width);
      await context.close();
    }
  }
});

test('a practice page’s first load stays within 60 KB gzip, and lesson pages load no practice code', async ({ browser }) => {
  const transferred = (body: Buffer) => Math.min(body.length, gzipSync(body).length);
  const load = async (path: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies: Promise<number>[] = [];
    const urls: string[] = [];
    page.on('response', (response: Response) => {
      urls.push(response.url());
      bodies.push(response.body().then(transferred, () => 0));
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const bytes = (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
    const scripts = await page.evaluate(() => [...document.querySelectorAll('script')].map((s) => s.textContent ?? '').join(''));
    await context.close();
    return { bytes, urls, scripts };
  };
  for (const flow of flows) {
    const { bytes } = await load(`/tap-thu/${flow.id}/`);
    expect(bytes, `/tap-thu/${flow.id}/ loads ${bytes} bytes`).toBeLessThanOrEqual(60 * 1024);
  }
  const lesson = await load('/tt/chuyen-tien-an-toan/');
  expect(lesson.urls.filter((url) => /practice/.test(url))).toEqual([]);
  expect(lesson.scripts).not.toContain('kns-practice');
});

test('every lesson of a flow shows a picture of it, lazily, with alt text, and links to it with “Tập thử”', async ({ page }) => {
  // Each lesson's page, found by the code it shows ("Mã bài: tt2").
  const lessonPages = new Map<string, string>();
  for (const course of ['bd', 'dv', 'ms', 'tt', 'at', 'ns', 'tv']) {
    for (const name of readdirSync(join(DIST, course))) {
      if (!existsSync(join(DIST, course, name, 'index.html'))) continue;
      const code = /Mã bài: <strong>([a-z]{2}\d+)</.exec(readFileSync(join(DIST, course, name, 'index.html'), 'utf8'))?.[1];
      if (code) lessonPages.set(code, `/${course}/${name}/`);
    }
  }
  for (const flow of flows) {
    for (const code of flow.lessons) {
      const path = lessonPages.get(code);
      expect(path, `${code} has a page`).toBeTruthy();
      await page.goto(path ?? '/');
      const picture = page.locator(`img[src*="/tap-thu/${flow.id}/buoc-"]`).first();
      await expect(picture, `${code} pictures ${flow.id}`).toHaveAttribute('loading', 'lazy');
      expect((await picture.getAttribute('alt'))?.length ?? 0).toBeGreaterThan(40);
      await expect(
        page.getByRole('link', { name: new RegExp(`^Tập thử: ${flow.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first(),
      ).toHaveAttribute('href', `/tap-thu/${flow.id}/`);
      await picture.scrollIntoViewIfNeeded();
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
      await page.goto(`/in/${code}/`);
      // On paper the picture is inlined, cut to the band around the circle, and named for screen readers.
      const printed = page.locator('.kns-screen--handout svg[role="img"]').first();
      await expect(printed, `${code}'s handout has a picture`).toBeVisible();
      expect((await printed.getAttribute('aria-label'))?.length ?? 0).toBeGreaterThan(40);
      await expect(printed.locator('rect[stroke-dasharray="10 5"]')).toHaveCount(1);
    }
  }
});

test('pictures are small SVG drawings of their own, with the part to use circled', () => {
  for (const flow of flows) {
    for (let n = 1; n <= flow.steps; n++) {
      const svg = readFileSync(join(DIST, 'tap-thu', flow.id, `buoc-${n}.svg`), 'utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), `${flow.id} ${n}`).toBe(true);
      expect(svg.length, `${flow.id} step ${n}: ${svg.length} bytes`).toBeLessThan(8 * 1024);
      expect(svg).not.toMatch(/<image|href=|<script/);
      expect(svg, `${flow.id} step ${n} circles its part`).toContain('stroke-dasharray="10 5"');
    }
  }
});

test('a screen picture on a slide is large enough for the back of the room', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/trinh-chieu/tt2/');
  const slide = page.locator('section.kns-slide[data-kind="screen"]').first();
  const id = await slide.getAttribute('id');
  await page.goto(`/trinh-chieu/tt2/#${id}`);
  const picture = slide.locator('img');
  await expect(picture).toBeVisible();
  const box = await picture.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(768 * 0.55);
});
