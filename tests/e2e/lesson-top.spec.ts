import { expect, test } from '@playwright/test';

const LESSON = '/tt/quet-ma-vietqr/';
const SIZES = ['normal', 'large', 'xlarge'] as const;

test.describe('a lesson starts with the lesson', () => {
  test('on a 360×740 phone the first screen holds the title, the reading tools and why the lesson matters', async ({ page }) => {
    await page.goto(LESSON);
    const firstScreen = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      expect(box, selector).not.toBeNull();
      return (box?.y ?? 0) + (box?.height ?? 0) <= 740;
    };
    expect(await firstScreen('h1')).toBe(true);
    expect(await firstScreen('kns-text-size')).toBe(true);
    expect(await firstScreen('kns-read-aloud [data-play]')).toBe(true);
    const lead = page.locator('.kns-lead');
    await expect(lead).toHaveText(/^Đi chợ, trả tiền điện hay gửi tiền cho con/);
    expect(await firstScreen('.kns-lead'), 'the whole “why this matters” sentence').toBe(true);
  });

  test('the trainer’s tools are one folded line that opens to the handout, the slides and the notes switch', async ({ page }) => {
    await page.goto(LESSON);
    const tools = page.locator('[data-kns-trainer-tools]');
    const summary = tools.getByText('Công cụ cho người hướng dẫn');
    await expect(summary).toBeVisible();
    const height = (await summary.boundingBox())?.height ?? 0;
    expect(height).toBeLessThanOrEqual(60);
    await expect(page.getByRole('link', { name: 'In tờ hướng dẫn' })).toBeHidden();
    await summary.click();
    await expect(page.getByRole('link', { name: 'In tờ hướng dẫn' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Trình chiếu' })).toBeVisible();
    await page.getByRole('switch', { name: 'Hiện ghi chú cho người hướng dẫn' }).click();
    // With the notes on, the tools stay open on the next lesson too.
    await page.goto('/tt/chuyen-tien-an-toan/');
    await expect(page.getByRole('switch', { name: 'Hiện ghi chú cho người hướng dẫn' })).toHaveAttribute('aria-checked', 'true');
  });

  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1024, height: 768 },
  ]) {
    for (const size of SIZES) {
      test(`at ${viewport.width}×${viewport.height}, text ${size}: the bars that stay on top take at most 15% of the screen, and the section name stays readable`, async ({
        browser,
      }) => {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await page.addInitScript((s) => localStorage.setItem('kns.textSize', s), size);
        await page.goto(LESSON);
        await page.evaluate(() => window.scrollTo(0, 1200));
        const bottoms = await page.evaluate(() =>
          [...document.querySelectorAll('header.header, mobile-starlight-toc nav')]
            .filter((el) => getComputedStyle(el).position === 'fixed' && el.getClientRects().length > 0)
            .map((el) => el.getBoundingClientRect().bottom),
        );
        expect(Math.max(0, ...bottoms), `sticky bars end at ${Math.max(0, ...bottoms)} px`).toBeLessThanOrEqual(
          viewport.height * 0.15,
        );
        const current = page.locator('mobile-starlight-toc .display-current');
        if (await current.isVisible()) {
          await expect(current).not.toHaveText('');
          const cut = await current.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
          expect(cut, `“${await current.textContent()}” is cut`).toBe(false);
        }
        await context.close();
      });
    }
  }

  test('the menu button says what it is in words, beside its icon', async ({ page }) => {
    await page.goto(LESSON);
    const menu = page.getByRole('button', { name: 'Các bài' });
    await expect(menu).toBeVisible();
    await expect(menu).toContainText('Các bài');
    await menu.click();
    await expect(page.locator('#starlight__sidebar')).toBeVisible();
  });
});

test.describe('“Chia sẻ”: a lesson shared the way people share', () => {
  test('on a phone it opens the system share sheet with the title and the short link', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void shared.push(data) });
    });
    const offsite: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1:4322/')) offsite.push(request.url());
    });
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Chia sẻ' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: unknown[] }).shared))
      .toEqual([
        { title: 'Quét mã VietQR để chuyển tiền', text: 'Quét mã VietQR để chuyển tiền', url: 'http://127.0.0.1:4322/tt3/' },
      ]);
    expect(offsite).toEqual([]);
    await context.close();
  });

  test('elsewhere it copies the short link and says so', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'http://127.0.0.1:4322' });
    const page = await context.newPage();
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Chia sẻ' }).click();
    await expect(page.locator('.kns-share__status')).toHaveText(
      'Đã chép đường link http://127.0.0.1:4322/tt3/. Bạn có thể dán vào tin nhắn Zalo.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('http://127.0.0.1:4322/tt3/');
    await context.close();
  });

  test('where copying is not allowed, it shows the link to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    });
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Chia sẻ' }).click();
    await expect(page.locator('.kns-share__status')).toContainText('http://127.0.0.1:4322/tt3/');
  });
});
