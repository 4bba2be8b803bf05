import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Example from '../../src/components/lesson/Example.astro';
import Fact from '../../src/components/lesson/Fact.astro';
import Screen from '../../src/components/lesson/Screen.astro';
import Steps from '../../src/components/lesson/Steps.astro';
import Tip from '../../src/components/lesson/Tip.astro';
import TrainerNote from '../../src/components/lesson/TrainerNote.astro';
import Warning from '../../src/components/lesson/Warning.astro';
import ui from '../../src/content/i18n/vi.json';
import { type Block, lessonBlocks } from '../../src/lib/lesson-views/blocks';
import { handoutSections } from '../../src/lib/lesson-views/handout';
import { stepsProblem } from '../../src/lib/lesson-views/steps';

// The lesson components, rendered for real (Astro's container API) with the site's own strings:
// what blocks.ts reads is what they write (lib/lesson-views/markup.ts), or these tests fail.
let container: AstroContainer;
// Starlight's `t` (i18next) for the few calls the components make: a key's text, and all of them.
const t = Object.assign((key: string) => (ui as Record<string, string>)[key] ?? key, { all: () => ui });
const locals = { t } as unknown as App.Locals;
type Component = Parameters<AstroContainer['renderToString']>[0];
const render = (component: Component, slot: string, props: Record<string, unknown> = {}) =>
  container.renderToString(component, { props, slots: { default: slot }, locals });
// Starlight wraps a `##` heading in this (with its anchor link); the lesson's own text is Markdown.
const heading = (id: string, text: string) =>
  `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${text}</h2><a class="sl-anchor-link" href="#${id}"><span aria-hidden="true">#</span><span class="sr-only">Mục</span></a></div>`;

beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('a rendered lesson cut into blocks', () => {
  let blocks: Block[];
  beforeAll(async () => {
    blocks = lessonBlocks(
      [
        '<p>Mở đầu.</p>',
        heading('cac-buoc', 'Các bước'),
        '<p>Giới thiệu ngắn.</p>',
        await render(Steps, '<ol><li>Mở <strong>ứng dụng</strong>.</li><li>Chạm “Quét QR”.</li></ol>'),
        await render(Warning, '<p>Tên lạ thì dừng.</p>', { title: 'Đọc tên' }),
        await render(Tip, '<p>Mẹo nhỏ.</p>'),
        await render(TrainerNote, '<p>Ghi chú.</p>'),
        '<h2 id="them">Thêm</h2>',
        await render(Steps, '<ol start="3"><li>Bước phụ.</li></ol>', { handout: false }),
        '<p><img src="/a.svg" alt="Màn hình"></p>',
        await render(Example, '<p>09xx</p>', { title: 'Tin nhắn', scam: true }),
        await render(Warning, '<p>Nhắc lại.</p>', { handout: false }),
      ].join('\n'),
    );
  });

  it('keeps the order and the kind of every part', () => {
    expect(blocks.map((b) => b.kind)).toEqual([
      'text',
      'heading',
      'text',
      'steps',
      'warning',
      'tip',
      'trainer-note',
      'heading',
      'steps',
      'image',
      'example',
      'warning',
    ]);
  });

  it('reads headings without their anchor links, titles without decorative icons', () => {
    expect(blocks[1]).toEqual({ kind: 'heading', text: 'Các bước' });
    expect(blocks[4]).toMatchObject({ kind: 'warning', title: 'Cảnh báo: Đọc tên', html: '<p>Tên lạ thì dừng.</p>' });
    expect(blocks[5]).toMatchObject({ kind: 'tip', title: 'Mẹo', html: '<p>Mẹo nhỏ.</p>' });
    expect(blocks[10]).toMatchObject({ kind: 'example', scam: true, html: '<p>09xx</p>' });
    expect((blocks[10] as { title: string }).title).toContain('Tin nhắn');
  });

  it('keeps each step’s HTML, the list’s start and whether it goes on paper', () => {
    expect(blocks[3]).toEqual({
      kind: 'steps',
      start: 1,
      handout: true,
      items: ['Mở <strong>ứng dụng</strong>.', 'Chạm “Quét QR”.'],
    });
    expect(blocks[8]).toMatchObject({ kind: 'steps', start: 3, handout: false });
    expect(blocks[11]).toMatchObject({ kind: 'warning', handout: false });
    expect(blocks[4]).toMatchObject({ handout: true, scam: false });
  });

  it('gives the handout only the steps and warnings meant for paper, under their headings', () => {
    const sections = handoutSections(blocks);
    expect(sections.map((s) => [s.heading, s.blocks.map((b) => b.kind)])).toEqual([['Các bước', ['steps', 'warning']]]);
  });
});

describe('what the search index and read-aloud rely on in the rendered components', () => {
  it('keeps sample messages and trainer notes out of the index, and tips findable by their mark', async () => {
    expect(await render(Example, '<p>x</p>', { title: 'Mẫu' })).toMatch(/<figure[^>]*data-pagefind-ignore/);
    expect(await render(TrainerNote, '<p>x</p>')).toMatch(/<aside[^>]*data-pagefind-ignore/);
    expect(await render(Warning, '<p>x</p>')).not.toMatch(/data-pagefind-ignore/);
    expect(await render(Tip, '<p>x</p>')).toMatch(/<aside[^>]*data-kns="tip"/);
  });

  it('marks a <Fact> so the handout prints it', async () => {
    const blocks = lessonBlocks(await render(Fact, '<p>Quy định.</p>'));
    expect(blocks).toEqual([{ kind: 'fact', html: '<p>Quy định.</p>' }]);
  });

  it('stops the build when <Steps> wraps something other than one numbered list', async () => {
    await expect(render(Steps, '<ul><li>Mở.</li></ul>')).rejects.toThrow(/<Steps> .*danh sách đánh số/);
  });
});

describe('a practice flow’s picture in a lesson (<Screen>)', () => {
  it('marks its flow and step, stays out of search and read-aloud, and goes on the handout beside the steps', async () => {
    const html = await render(Screen, '', { flow: 'chuyen-tien', step: '4' });
    expect(html).toContain('data-kns="screen"');
    expect(html).toContain('data-pagefind-ignore');
    expect(html).toContain('data-kns-no-read');
    expect(html).toMatch(
      /<img src="\/tap-thu\/chuyen-tien\/buoc-4\.svg" alt="[^"]{40,}" width="300" height="\d+" loading="lazy"/,
    );
    expect(html).toContain('href="/tap-thu/chuyen-tien/"');
    const blocks = lessonBlocks(
      [
        heading('canh-bao', 'Khi có cảnh báo'),
        '<p>Dừng lại.</p>',
        await render(Steps, '<ol><li>Chạm “Hủy”.</li></ol>'),
        html,
      ].join('\n'),
    );
    expect(blocks.at(-1)).toEqual({ kind: 'screen', flow: 'chuyen-tien', step: 4, handout: true });
    // On paper the picture comes first in its section, so it stands beside the steps.
    expect(handoutSections(blocks)[0]?.blocks.map((b) => b.kind)).toEqual(['screen', 'steps']);
  });

  it('stops the build naming the lesson when the flow or the step does not exist', async () => {
    await expect(render(Screen, '', { flow: 'khong-co', step: 1 })).rejects.toThrow(/không có bài tập thử "khong-co"/);
    await expect(render(Screen, '', { flow: 'chuyen-tien', step: 99 })).rejects.toThrow(/có bước 1 đến 11/);
  });

  it('leaves the handout when marked handout={false}', async () => {
    const blocks = lessonBlocks(await render(Screen, '', { flow: 'chuyen-tien', step: 1, handout: false }));
    expect(blocks).toEqual([{ kind: 'screen', flow: 'chuyen-tien', step: 1, handout: false }]);
  });
});

describe('the handout keeps the sentence that gives each section its meaning', () => {
  let sections: ReturnType<typeof handoutSections>;
  beforeAll(async () => {
    sections = handoutSections(
      lessonBlocks(
        [
          '<h2 id="a">Mã VietQR là gì?</h2>',
          '<p>Mã QR là một ô vuông. Điện thoại đọc được mã này.</p>',
          await render(Fact, '<p>VietQR là mã chung của các ngân hàng.</p>'),
          '<h2 id="b">Chuyển nhiều tiền: ứng dụng sẽ đòi quét khuôn mặt</h2>',
          '<p>Từ ngày 1/7/2024, chuyển một lần trên 10 triệu đồng phải xác thực bằng khuôn mặt hoặc vân tay. Tổng tiền trong ngày cũng vậy.</p>',
          await render(Warning, '<p>Không nhờ ai.</p>', { title: 'Tự quét' }),
          '<h2 id="c">Khi bạn bán hàng</h2>',
          '<p>Dừng lại. Đọc kỹ <strong>tên</strong> người nhận trên màn hình.</p>',
          '<h2 id="d">Chỉ có mẹo</h2>',
          await render(Tip, '<p>x</p>'),
        ].join('\n'),
      ),
    );
  });

  it('prints the paragraphs marked <Fact> instead of the first one', () => {
    expect(sections[0]).toMatchObject({ heading: 'Mã VietQR là gì?', lead: ['<p>VietQR là mã chung của các ngân hàng.</p>'] });
  });

  it('prints the first sentence of a section that has only a warning besides, so the rule is on paper', () => {
    expect(sections[1]?.lead).toEqual([
      '<p>Từ ngày 1/7/2024, chuyển một lần trên 10 triệu đồng phải xác thực bằng khuôn mặt hoặc vân tay.</p>',
    ]);
    expect(sections[1]?.blocks.map((b) => b.kind)).toEqual(['warning']);
  });

  it('prints two sentences when the first is short, and a section of text alone too', () => {
    expect(sections[2]).toEqual({
      heading: 'Khi bạn bán hàng',
      lead: ['<p>Dừng lại. Đọc kỹ tên người nhận trên màn hình.</p>'],
      blocks: [],
    });
  });

  it('leaves out a heading with nothing to print under it', () => {
    expect(sections.map((s) => s.heading)).not.toContain('Chỉ có mẹo');
  });
});

describe('what a <Steps> block may wrap', () => {
  it('is one numbered list', () => {
    expect(stepsProblem('\n<ol>\n<li>Mở.</li>\n<li>Chạm.</li>\n</ol>\n')).toBeUndefined();
  });

  it('is not a paragraph beside the list, a bulleted list, or nothing', () => {
    expect(stepsProblem('<ol><li>Mở.</li></ol><p>Đoạn văn lạc.</p>')).toMatch(/<ol>, <p>/);
    expect(stepsProblem('<ul><li>Mở.</li></ul>')).toMatch(/danh sách đánh số.*<ul>/);
    expect(stepsProblem('')).toMatch(/không có gì/);
    expect(stepsProblem('<ol></ol>')).toMatch(/chưa có bước nào/);
  });
});
