import { describe, expect, it } from 'vitest';
import { lessonBlocks } from '../../src/lib/lesson-views/blocks';
import { handoutSections } from '../../src/lib/lesson-views/handout';

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
