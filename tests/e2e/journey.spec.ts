import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll, watchErrors } from './helpers';

test.describe('a resident on a phone (360×740)', () => {
  test('goes from the home page to a course and a lesson', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kỹ năng số cho mọi nhà');
    for (const path of ['Tôi muốn học', 'Tôi là tổ viên', 'Tôi hướng dẫn tại nhà văn hóa']) {
      await expect(page.getByRole('heading', { name: path })).toBeVisible();
    }
    await expectNoHorizontalScroll(page);

    await page
      .getByRole('link', { name: /Thanh toán trực tuyến/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/tt\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thanh toán trực tuyến');
    await expectNoHorizontalScroll(page);

    await page
      .getByRole('link', { name: /Quét mã VietQR để chuyển tiền/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/tt\/quet-ma-vietqr\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quét mã VietQR để chuyển tiền');
    await expect(page.getByRole('heading', { name: 'Học xong bài này, bạn sẽ biết' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    expect(errors).toEqual([]);
  });

  test('reads body text of at least 18 px on every kind of page', async ({ page }) => {
    for (const path of ['/', '/tt/', '/tt/quet-ma-vietqr/']) {
      await page.goto(path);
      const sizes = await page
        .locator('main p, main li')
        .evaluateAll((elements) =>
          elements
            .filter((el) => (el as HTMLElement).offsetParent !== null && el.textContent?.trim())
            .map((el) => ({ text: el.textContent?.trim().slice(0, 40), size: Number.parseFloat(getComputedStyle(el).fontSize) })),
        );
      expect(sizes.length).toBeGreaterThan(3);
      for (const { text, size } of sizes) expect(size, `"${text}" on ${path}`).toBeGreaterThanOrEqual(18);
    }
  });

  test('sees only the lesson’s own course in the sidebar', async ({ page }) => {
    await page.goto('/tt/quet-ma-vietqr/');
    const links = await page.locator('#starlight__sidebar a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/tt/quet-ma-vietqr/');
    expect(
      links.every((href) => ['/', '/tien-do/', '/hoc-khong-can-mang/'].includes(href ?? '') || href?.startsWith('/tt/')),
    ).toBe(true);
  });

  test('sees the reviewed date as the page’s last-updated date', async ({ page }) => {
    await page.goto('/tt/quet-ma-vietqr/');
    const reviewed = page.locator('.kns-reviewed');
    await expect(reviewed).toContainText('Nội dung được kiểm tra lại ngày');
    await expect(reviewed.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  });

  test('finds who made the site, that it is not official, and how to report a mistake', async ({ page }) => {
    await page.goto('/tt/quet-ma-vietqr/');
    const footer = page.locator('.kns-site-footer');
    await expect(footer).toContainText('biên soạn');
    await expect(footer).toContainText('không phải trang thông tin chính thức');
    await expect(footer).toContainText('Thấy bài có chỗ sai');
  });
});

test.describe('the trainer view', () => {
  test('hides trainer notes until switched on, and remembers the choice', async ({ page }) => {
    await page.goto('/tt/quet-ma-vietqr/');
    const note = page.locator('.kns-trainer-note').first();
    await page.getByText('Công cụ cho người hướng dẫn').click();
    const toggle = page.getByRole('switch', { name: 'Hiện ghi chú cho người hướng dẫn' });
    await expect(note).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-checked', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await expect(note).toBeVisible();
    await page.reload();
    await expect(page.locator('.kns-trainer-note').first()).toBeVisible();
    await page.getByRole('switch', { name: 'Hiện ghi chú cho người hướng dẫn' }).press('Space');
    await expect(page.locator('.kns-trainer-note').first()).toBeHidden();
  });

  test('still works when the browser blocks storage', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const errors = watchErrors(page);
    await page.goto('/tt/quet-ma-vietqr/');
    await page.getByText('Công cụ cho người hướng dẫn').click();
    await page.getByRole('switch', { name: 'Hiện ghi chú cho người hướng dẫn' }).click();
    await expect(page.locator('.kns-trainer-note').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});
