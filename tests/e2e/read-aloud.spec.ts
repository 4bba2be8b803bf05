import { expect, type Page, test } from '@playwright/test';
import { watchErrors } from './helpers';
import { LESSON, readerContext } from './reader';

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
