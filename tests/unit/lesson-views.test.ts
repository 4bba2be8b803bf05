import { describe, expect, it } from 'vitest';
import { lessonBlocks } from '../../src/lib/lesson-views/blocks';
import { handoutSections } from '../../src/lib/lesson-views/handout';
import { stepsProblem } from '../../src/lib/lesson-views/steps';

// What a lesson body renders to: Starlight's heading wrappers and the lesson components' markup.
const html = `
<p>Mở đầu.</p>
<div class="sl-heading-wrapper level-h2"><h2 id="cac-buoc">Các bước</h2><a class="sl-anchor-link" href="#cac-buoc"><span aria-hidden="true">#</span></a></div>
<p>Giới thiệu ngắn.</p>
<div class="kns-steps" data-kns="steps"><ol><li>Mở <strong>ứng dụng</strong>.</li><li>Chạm “Quét QR”.</li></ol></div>
<aside class="kns-block kns-warning" data-kns="warning"><p class="kns-block__title"><span class="kns-block__icon" aria-hidden="true">!</span>Cảnh báo: Đọc tên</p><div class="kns-block__body"><p>Tên lạ thì dừng.</p></div></aside>
<aside class="kns-block kns-tip" data-kns="tip"><p class="kns-block__title">Mẹo</p><div class="kns-block__body"><p>Mẹo nhỏ.</p></div></aside>
<aside class="kns-block kns-trainer-note" data-kns="trainer-note"><p class="kns-block__title">Dành cho người hướng dẫn</p><div class="kns-block__body"><p>Ghi chú.</p></div></aside>
<h2 id="them">Thêm</h2>
<div class="kns-steps" data-kns="steps" data-handout="false"><ol start="3"><li>Bước phụ.</li></ol></div>
<p><img src="/a.svg" alt="Màn hình"></p>
<figure class="kns-block kns-example" data-kns="example" data-scam><figcaption class="kns-block__title">Ví dụ lừa đảo Tin nhắn</figcaption><div class="kns-block__body"><p>09xx</p></div></figure>
`;

describe('a rendered lesson cut into blocks', () => {
  const blocks = lessonBlocks(html);

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
    ]);
  });

  it('reads headings without their anchor links, titles without decorative icons', () => {
    expect(blocks[1]).toEqual({ kind: 'heading', text: 'Các bước' });
    expect(blocks[4]).toMatchObject({ kind: 'warning', title: 'Cảnh báo: Đọc tên', html: '<p>Tên lạ thì dừng.</p>' });
    expect(blocks[10]).toMatchObject({ kind: 'example', scam: true });
  });

  it('keeps each step’s HTML, the list’s start and whether it goes on paper', () => {
    expect(blocks[3]).toEqual({
      kind: 'steps',
      start: 1,
      handout: true,
      items: ['Mở <strong>ứng dụng</strong>.', 'Chạm “Quét QR”.'],
    });
    expect(blocks[8]).toMatchObject({ kind: 'steps', start: 3, handout: false });
  });

  it('gives the handout only the steps and warnings, under their headings', () => {
    const sections = handoutSections(blocks);
    expect(sections.map((s) => [s.heading, s.blocks.map((b) => b.kind)])).toEqual([['Các bước', ['steps', 'warning']]]);
  });
});

describe('the handout keeps the sentence that gives each section its meaning', () => {
  const sections = handoutSections(
    lessonBlocks(`
<h2 id="a">Mã VietQR là gì?</h2>
<p>Mã QR là một ô vuông. Điện thoại đọc được mã này.</p>
<div class="kns-fact" data-kns="fact"><p>VietQR là mã chung của các ngân hàng.</p></div>
<h2 id="b">Chuyển nhiều tiền: ứng dụng sẽ đòi quét khuôn mặt</h2>
<p>Từ ngày 1/7/2024, chuyển một lần trên 10 triệu đồng phải xác thực bằng khuôn mặt hoặc vân tay. Tổng tiền trong ngày cũng vậy.</p>
<aside class="kns-block kns-warning" data-kns="warning"><p class="kns-block__title">Cảnh báo: Tự quét</p><div class="kns-block__body"><p>Không nhờ ai.</p></div></aside>
<h2 id="c">Khi bạn bán hàng</h2>
<p>Dừng lại. Đọc kỹ <strong>tên</strong> người nhận trên màn hình.</p>
<h2 id="d">Chỉ có mẹo</h2>
<aside class="kns-block kns-tip" data-kns="tip"><p class="kns-block__title">Mẹo</p><div class="kns-block__body"><p>x</p></div></aside>
`),
  );

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
