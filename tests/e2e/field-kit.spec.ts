import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoHorizontalScroll, watchErrors } from './helpers';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function addHousehold(page: Page, label: string, skills: number[], note = '') {
  await page.getByLabel('Nhãn hộ').fill(label);
  for (const skill of skills) await page.locator(`input[name="skill"][value="${skill}"]`).check();
  if (note) await page.getByLabel('Ghi chú (ví dụ: lần sau hướng dẫn gì)').fill(note);
  await page.getByRole('button', { name: 'Lưu hộ này' }).click();
  await expect(page.locator('[data-form-status]')).toContainText(`Đã lưu hộ “${label}”`);
}

/** The book as stored on the device. */
const stored = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('kns.tally') ?? '{"households":[]}').households as {
        label: string;
        skills: number[];
        note: string;
      }[],
  );

const totals = (page: Page) => ({
  visited: page.locator('[data-total-visited]'),
  allFive: page.locator('[data-total-allfive]'),
  skill: (n: number) => page.locator(`[data-total-skill="${n}"]`),
});

test.describe('the household tally on a phone', () => {
  test('add, tick, reload, export, clear, import: nothing lost and the summary adds up', async ({ page }) => {
    const errors = watchErrors(page);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/so-theo-doi/');
    await page.getByLabel('Thôn, tổ dân phố của bạn').fill('Thôn Đông');
    await page.getByLabel('Thôn, tổ dân phố của bạn').blur();
    await addHousehold(page, 'Nhà số 12', [1, 2, 3, 4, 5], 'Ông Đức, bà Hoa; hẹn "thứ Bảy"\nhọc tiếp tt4');
    await addHousehold(page, 'Ngõ 3, nhà 7', [1, 3]);
    await addHousehold(page, 'Nhà số 2', []);
    const t = totals(page);
    await expect(t.visited).toHaveText('3');
    await expect(t.allFive).toHaveText('1');
    await expect(t.skill(1)).toHaveText('2');
    await expect(t.skill(2)).toHaveText('1');
    await expect(page.locator('[data-unsaved]')).toBeVisible();
    await expectNoHorizontalScroll(page);

    await page.reload();
    await expect(page.locator('.kns-household__label')).toHaveText(['Ngõ 3, nhà 7', 'Nhà số 2', 'Nhà số 12']);
    await expect(t.allFive).toHaveText('1');
    await expect(page.getByLabel('Thôn, tổ dân phố của bạn')).toHaveValue('Thôn Đông');

    // An ID number is refused as a label, with a plain message.
    await page.getByLabel('Nhãn hộ').fill('001234567890');
    await page.getByRole('button', { name: 'Lưu hộ này' }).click();
    await expect(page.locator('[data-form-errors]')).toContainText('trông như số căn cước');
    await expect(page.getByLabel('Nhãn hộ')).toBeFocused();
    await page.getByLabel('Nhãn hộ').fill('');

    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path) };
    };
    const xlsx = await save('Tải bảng tính Excel (.xlsx)');
    expect(xlsx.name).toMatch(/^so-theo-doi-thon-dong-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = Object.values(unzipSync(new Uint8Array(xlsx.bytes)))
      .map((f) => strFromU8(f))
      .join('\n');
    expect(sheets).toContain('Ngõ 3, nhà 7');
    expect(sheets).toContain('Ông Đức, bà Hoa');
    const csv = await save('Tải tệp CSV');
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.bytes.toString('utf8')).toContain('"Ông Đức, bà Hoa; hẹn ""thứ Bảy""\nhọc tiếp tt4"');
    const json = await save('Tải tệp sao lưu (.json)');
    await expect(page.locator('[data-unsaved]')).toBeHidden();

    await page.getByRole('button', { name: 'Xóa hết dữ liệu trên máy này' }).click();
    await expect(t.visited).toHaveText('0');
    await expect(page.locator('[data-empty]')).toBeVisible();

    await page
      .getByLabel('Nhập từ tệp (.csv hoặc .json)')
      .setInputFiles({ name: json.name, mimeType: 'application/json', buffer: json.bytes });
    await expect(page.locator('[data-import-report]')).toContainText('thêm 3 hộ mới');
    await expect(t.allFive).toHaveText('1');
    await expect(page.getByLabel('Thôn, tổ dân phố của bạn')).toHaveValue('Thôn Đông');

    // The CSV merges back by label: nothing new, nothing lost; a bad extra row is reported by line.
    const badRow = Buffer.from('Nhà 9;31/2/2026;;;;;;\r\n', 'utf8');
    await page
      .getByLabel('Nhập từ tệp (.csv hoặc .json)')
      .setInputFiles({ name: csv.name, mimeType: 'text/csv', buffer: Buffer.concat([csv.bytes, badRow]) });
    await expect(page.locator('[data-import-report]')).toContainText('thêm 0 hộ mới, cập nhật 0 hộ, 3 hộ không đổi');
    await expect(page.locator('[data-import-report]')).toContainText('Dòng 6: Ngày thăm không đúng. (31/2/2026)');
    await expect(page.locator('.kns-household', { hasText: 'Nhà số 12' }).locator('.kns-household__note')).toHaveText(
      'Ông Đức, bà Hoa; hẹn "thứ Bảy"\nhọc tiếp tt4',
    );
    expect(errors).toEqual([]);
  });

  test('edits a household and keeps the list keyboard-usable', async ({ page }) => {
    await page.goto('/so-theo-doi/');
    await addHousehold(page, 'Nhà 5', [2]);
    await page.getByRole('button', { name: 'Sửa hộ “Nhà 5”' }).press('Enter');
    await expect(page.getByLabel('Nhãn hộ')).toBeFocused();
    await expect(page.getByLabel('Nhãn hộ')).toHaveValue('Nhà 5');
    await page.locator('input[name="skill"][value="4"]').check();
    await page.getByRole('button', { name: 'Lưu hộ này' }).press('Enter');
    await expect(totals(page).skill(4)).toHaveText('1');
    await expect(totals(page).visited).toHaveText('1');
  });

  test('damaged storage: the page works, the old data is kept to download', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('kns.tally', '{"version":1,"households":[{"label":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const errors = watchErrors(page);
    await page.goto('/so-theo-doi/');
    await expect(page.locator('[data-notice]')).toContainText('bị hỏng');
    await expect(page.getByRole('button', { name: 'Tải dữ liệu cũ' })).toBeVisible();
    await addHousehold(page, 'Nhà 1', [1]);
    const kept = await page.evaluate(() => localStorage.getItem('kns.tally.damaged'));
    expect(kept).toBe('{"version":1,"households":[{"label":');
    expect(errors).toEqual([]);
  });

  test('blocked storage: the page still works and says data will not be kept', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const errors = watchErrors(page);
    await page.goto('/so-theo-doi/');
    await expect(page.locator('[data-notice]')).toContainText('không cho lưu dữ liệu');
    await page.getByLabel('Nhãn hộ').fill('Nhà 1');
    await page.getByRole('button', { name: 'Lưu hộ này' }).click();
    // Not “saved”: the member is told, beside the button, that only this page holds it.
    await expect(page.locator('[data-form-status]')).toContainText('Chưa lưu được vào máy');
    await expect(totals(page).visited).toHaveText('1');
    await expect(page.locator('[data-unsaved]')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a label already in the book never overwrites it: the member chooses, and nothing changes until then', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/so-theo-doi/');
    await addHousehold(page, 'Nhà số 12', [1, 2], 'bà Hoa cần học VNeID');
    // The same house typed again, with other case and no tone marks.
    await page.getByLabel('Nhãn hộ').fill('nha so 12');
    await page.locator('input[name="skill"][value="3"]').check();
    await page.getByLabel('Ghi chú (ví dụ: lần sau hướng dẫn gì)').fill('đã cài VNeID');
    await page.getByRole('button', { name: 'Lưu hộ này' }).click();
    const conflict = page.getByRole('group', { name: 'Sổ đã có hộ “Nhà số 12”' });
    await expect(conflict).toBeVisible();
    await expect(conflict).toBeFocused();
    await expect(page.locator('[data-form-status]')).not.toContainText('Đã lưu');
    expect(await stored(page)).toEqual([
      { label: 'Nhà số 12', visited: expect.any(String), skills: [1, 2], note: 'bà Hoa cần học VNeID' },
    ]);

    // Back: the label is ready to change, nothing saved.
    await conflict.getByRole('button', { name: 'Quay lại sửa nhãn' }).click();
    await expect(page.getByLabel('Nhãn hộ')).toBeFocused();
    await expect(conflict).toBeHidden();

    // Update the household already there: its record with what was typed added, saved only on “Lưu”.
    await page.getByRole('button', { name: 'Lưu hộ này' }).click();
    await conflict.getByRole('button', { name: 'Mở hộ đã có để cập nhật' }).click();
    await expect(page.getByRole('heading', { name: 'Sửa hộ “Nhà số 12”' })).toBeVisible();
    await expect(page.getByLabel('Nhãn hộ')).toHaveValue('Nhà số 12');
    for (const skill of [1, 2, 3]) await expect(page.locator(`input[name="skill"][value="${skill}"]`)).toBeChecked();
    await expect(page.getByLabel('Ghi chú (ví dụ: lần sau hướng dẫn gì)')).toHaveValue('bà Hoa cần học VNeID\nđã cài VNeID');
    await expect(page.locator('[data-form-status]')).toContainText('giữ mọi kỹ năng đã ghi');
    expect((await stored(page))[0]?.skills).toEqual([1, 2]);
    await page.getByRole('button', { name: 'Lưu hộ này' }).click();
    await expect(page.locator('[data-form-status]')).toContainText('Đã lưu hộ “Nhà số 12”');
    expect(await stored(page)).toMatchObject([{ label: 'Nhà số 12', skills: [1, 2, 3] }]);

    // Keep both: the new one gets a label of its own.
    await page.getByLabel('Nhãn hộ').fill('NHÀ SỐ 12');
    await page.getByRole('button', { name: 'Lưu hộ này' }).click();
    await conflict.getByRole('button', { name: 'Lưu thành hộ khác, tên “NHÀ SỐ 12 (2)”' }).click();
    await expect(page.locator('[data-form-status]')).toContainText('Đã lưu hộ “NHÀ SỐ 12 (2)”');
    expect((await stored(page)).map((h) => h.label)).toEqual(['Nhà số 12', 'NHÀ SỐ 12 (2)']);
    expect(errors).toEqual([]);
  });

  test('the confirmation shows where the member is looking, and the edit form’s heading is not under the header', async ({
    page,
  }) => {
    await page.goto('/so-theo-doi/');
    for (const n of [1, 2, 3, 4, 5, 6]) await addHousehold(page, `Nhà ${n}`, [1]);
    const status = page.locator('[data-form-status]');
    const box = await status.boundingBox();
    expect(box, 'the confirmation is on the screen after saving').not.toBeNull();
    expect((box?.y ?? -1) >= 0 && (box?.y ?? 0) + (box?.height ?? 0) <= 740).toBe(true);
    await page.getByRole('button', { name: 'Sửa hộ “Nhà 6”' }).click();
    const heading = page.getByRole('heading', { name: 'Sửa hộ “Nhà 6”' });
    const header = await page.locator('header.header').boundingBox();
    const top = await heading.boundingBox();
    expect(top?.y ?? -1, 'the heading starts below the sticky header').toBeGreaterThanOrEqual(
      (header?.y ?? 0) + (header?.height ?? 0),
    );
  });

  test('two tabs of the book never write over each other, and each shows the other’s households', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto('/so-theo-doi/');
    await second.goto('/so-theo-doi/');
    await addHousehold(first, 'Nhà A', [1]);
    await addHousehold(second, 'Nhà B', [2]);
    await addHousehold(first, 'Nhà C', [3]);
    expect((await stored(first)).map((h) => h.label)).toEqual(['Nhà A', 'Nhà B', 'Nhà C']);
    // The other tab follows without a reload.
    await expect(second.locator('.kns-household__label')).toHaveText(['Nhà A', 'Nhà B', 'Nhà C']);
    await expect(second.locator('[data-notice]')).toContainText('cập nhật ở một thẻ khác');
  });

  test('full storage: a change is kept in the page, reported each time, and never loses what was saved', async ({ page }) => {
    await page.goto('/so-theo-doi/');
    await addHousehold(page, 'Nhà 1', [1]);
    // From now on the browser refuses every write, as a full phone does.
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    for (const label of ['Nhà 2', 'Nhà 3']) {
      await page.getByLabel('Nhãn hộ').fill(label);
      await page.getByRole('button', { name: 'Lưu hộ này' }).click();
      await expect(page.locator('[data-form-status]')).toContainText('Chưa lưu được vào máy');
    }
    await expect(page.locator('.kns-household__label')).toHaveText(['Nhà 1', 'Nhà 2', 'Nhà 3']);
    await expect(page.locator('[data-unsaved]')).toBeVisible();
    expect((await stored(page)).map((h) => h.label)).toEqual(['Nhà 1']);
    // The backup still holds everything typed.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải tệp sao lưu (.json)' }).click(),
    ]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(backup.households.map((h: { label: string }) => h.label)).toEqual(['Nhà 1', 'Nhà 2', 'Nhà 3']);
  });

  test('has no axe violations with households listed and an import report shown', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/so-theo-doi/');
    await addHousehold(page, 'Nhà 1', [1, 2, 3, 4, 5], 'ghi chú');
    await page
      .getByLabel('Nhập từ tệp (.csv hoặc .json)')
      .setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('Tên;Ngày\n') });
    await expect(page.locator('[data-import-report]')).toContainText('Thiếu cột');
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});

test('the visit checklist prints on one A4 page', async ({ page }) => {
  await page.goto('/in/phieu-tham-ho/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phiếu thăm hộ');
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});
