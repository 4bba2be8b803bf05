import { describe, expect, it } from 'vitest';
import { getFlows } from '../../../src/lib/practice/flows';
import { type PictureWords, pictureAlt, stepPicture, wrap } from '../../../src/lib/practice/picture';
import { stepView, stepViews } from '../../../src/lib/practice/screen-state';

const words: PictureWords = {
  simulated: 'Mô phỏng',
  alt: ({ screen, part, hint }) => `Hình mô phỏng, ${screen}. Chỗ khoanh đỏ: ${part}. ${hint}`,
  control: (kind, label) => `${kind} “${label}”`,
};

describe('the pictures of a flow’s steps', () => {
  it('every step of every flow is drawn, small, with its part circled inside the picture', () => {
    for (const flow of getFlows()) {
      for (const view of stepViews(flow)) {
        const { svg, height } = stepPicture(view, flow.app, words);
        const label = `${flow.id} step ${view.number}`;
        expect(svg.length, label).toBeLessThan(8 * 1024);
        const ring =
          /<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)" rx="14" fill="none" stroke="#c4001a"/.exec(svg);
        expect(ring, `${label} circles its part`).not.toBeNull();
        const [, x, y, w, h] = (ring ?? []).map(Number);
        expect((x ?? 0) + (w ?? 0), label).toBeLessThanOrEqual(300 + 1);
        expect((y ?? 0) + (h ?? 0), label).toBeLessThanOrEqual(height + 1);
      }
    }
  });

  it('shows what earlier steps typed on the same screen', () => {
    const flow = getFlows().find((f) => f.id === 'chuyen-tien');
    const view = flow && stepView(flow, 3);
    expect(view?.values).toEqual({ 'so-tai-khoan': '0987654321' });
    expect(view && stepPicture(view, 'Ngân hàng của bạn', words).svg).toContain('>0987654321</text>');
  });

  it('on paper, keeps only the band around the circle', () => {
    const flow = getFlows().find((f) => f.id === 'chuyen-tien');
    const view = flow && stepView(flow, 9);
    if (!view) throw new Error('no step 9');
    const whole = stepPicture(view, 'Ngân hàng của bạn', words);
    const cut = stepPicture(view, 'Ngân hàng của bạn', words, { crop: true, label: 'Tên' });
    expect(cut.height).toBeLessThan(whole.height);
    expect(cut.svg).toContain('role="img" aria-label="Tên"');
    expect(cut.svg).toMatch(/viewBox="0 \d+ 300 \d+"/);
  });

  it('names the screen, what is circled and what to do; an author’s alt text wins', () => {
    const flow = getFlows().find((f) => f.id === 'chuyen-tien');
    const view = flow && stepView(flow, 1);
    if (!view) throw new Error('no step 1');
    expect(pictureAlt(view, words)).toBe(
      'Hình mô phỏng, Trang chủ của ứng dụng ngân hàng. Chỗ khoanh đỏ: button “Chuyển tiền”. Chạm vào nút “Chuyển tiền”.',
    );
    expect(pictureAlt({ ...view, step: { ...view.step, alt: 'Riêng của tác giả.' } }, words)).toBe('Riêng của tác giả.');
  });

  it('wraps text to the width, never splitting a word', () => {
    const lines = wrap('Tài khoản nhận có dấu hiệu nghi ngờ lừa đảo. Bạn hãy cân nhắc trước khi chuyển tiền.', 16, 250);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Tài khoản nhận có dấu hiệu nghi ngờ lừa đảo. Bạn hãy cân nhắc trước khi chuyển tiền.');
  });
});
