import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { screenControls } from '../../../src/lib/practice/flow-schema';
import { parseFlow } from '../../../src/lib/practice/flows';
import { normaliseTyped } from '../../../src/lib/practice/typed';

const COURSES = ['bd', 'dv', 'ms', 'tt', 'at', 'ns', 'tv'];

const good = () => ({
  title: 'Tập chuyển tiền',
  description: 'Tập gõ số tài khoản và đọc tên người nhận.',
  course: 'tt',
  lessons: ['tt2'],
  app: 'Ngân hàng của bạn',
  task: 'Chuyển tiền cho con, số tài khoản 0123456789.',
  reviewed: '2026-12-01',
  sources: [{ title: 'Nguồn', url: 'https://example.gov.vn/a' }],
  screens: [
    {
      id: 'nhap',
      name: 'Màn hình gõ số tài khoản',
      parts: [
        { kind: 'appbar', title: 'Chuyển tiền', back: 'quay-lai' },
        { kind: 'field', id: 'so-tk', label: 'Số tài khoản', numeric: true },
        { kind: 'button', id: 'tiep', label: 'Tiếp tục' },
        { kind: 'dialog', title: 'Cảnh báo', text: 'Tài khoản đáng ngờ.', buttons: [{ id: 'huy', label: 'Hủy' }] },
      ],
    },
  ],
  steps: [
    { screen: 'nhap', part: 'so-tk', type: '0123456789', hint: 'Gõ số “0123456789” vào ô.' },
    { screen: 'nhap', part: 'tiep', hint: 'Chạm “Tiếp tục”.', wrongs: { 'quay-lai': 'Nút này quay lại trang trước.' } },
  ],
});

const problems = (flow: unknown) => {
  try {
    parseFlow('content/tap-thu/thu.yaml', flow, COURSES);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('the practice flow schema', () => {
  it('accepts a good flow, with its id from the file name', () => {
    const flow = parseFlow('content/tap-thu/thu.yaml', good(), COURSES);
    expect(flow.id).toBe('thu');
    expect(flow.steps[1]?.wrongs).toEqual({ 'quay-lai': 'Nút này quay lại trang trước.' });
  });

  it('rejects a step naming a part that does not exist, naming the file and the field', () => {
    const flow = good();
    flow.steps[1] = { ...flow.steps[1], part: 'xac-nhan' } as (typeof flow.steps)[number];
    const message = problems(flow);
    expect(message).toContain('content/tap-thu/thu.yaml');
    expect(message).toMatch(/steps\[2\]\.part: màn hình "nhap" không có phần "xac-nhan"/);
  });

  it('rejects a step without a hint, naming the field', () => {
    const flow = good();
    delete (flow.steps[1] as { hint?: string }).hint;
    expect(problems(flow)).toMatch(/content\/tap-thu\/thu\.yaml[\s\S]*steps\[2\]\.hint: thiếu trường này/);
  });

  it('rejects a step on a screen that does not exist', () => {
    const flow = good();
    flow.steps[0] = { ...flow.steps[0], screen: 'khac' } as (typeof flow.steps)[number];
    expect(problems(flow)).toMatch(/steps\[1\]\.screen: không có màn hình "khac"/);
  });

  it('a typing step needs the text to type, and its hint gives it between “ ”', () => {
    const flow = good();
    flow.steps[0] = { screen: 'nhap', part: 'so-tk', hint: 'Gõ số tài khoản của con.' } as (typeof flow.steps)[number];
    expect(problems(flow)).toMatch(/steps\[1\]\.type: "so-tk" là ô để gõ/);
    flow.steps[0] = { ...flow.steps[0], type: '0123456789' } as (typeof flow.steps)[number];
    expect(problems(flow)).toMatch(/steps\[1\]\.hint: gợi ý phải cho biết chữ cần gõ/);
  });

  it('rejects a part of an unknown kind and a wrong-tap note for a part not on the screen', () => {
    const flow = good();
    const unknownKind = good();
    (unknownKind.screens[0]?.parts as unknown[] | undefined)?.push({ kind: 'slider', id: 'x' });
    expect(problems(unknownKind)).toMatch(/screens\[1\]\.parts\[5\]\.kind: loại phần \(kind\) phải là một trong: appbar/);
    flow.steps[1] = { ...flow.steps[1], wrongs: { khong: 'Không có nút này.' } } as (typeof flow.steps)[number];
    expect(problems(flow)).toMatch(/steps\[2\]\.wrongs\.khong: màn hình "nhap" không có phần "khong"/);
  });

  it('rejects the same id twice on a screen', () => {
    const flow = good();
    (flow.screens[0]?.parts as unknown[] | undefined)?.push({ kind: 'button', id: 'tiep', label: 'Lần nữa' });
    expect(problems(flow)).toMatch(/screens\[1\]\.parts: mã "tiep" dùng hai lần/);
  });

  it('a flow written in YAML reads the same', () => {
    const text = yaml.dump(good());
    expect(parseFlow('content/tap-thu/thu.yaml', yaml.load(text), COURSES).title).toBe('Tập chuyển tiền');
  });

  it('lists the controls of a screen, choices inside dialogs included', () => {
    expect(screenControls(good().screens[0] as never).map((c) => c.id)).toEqual(['quay-lai', 'so-tk', 'tiep', 'huy']);
  });

  it('compares typed text as a person means it', () => {
    expect(normaliseTyped(' 0123 456.789 ')).toBe(normaliseTyped('0123456789'));
    expect(normaliseTyped('Tra Tien')).toBe(normaliseTyped('tra tien'.replace(' ', '')));
    expect(normaliseTyped('doi giay phep lai xe')).toBe(normaliseTyped('đổi giấy phép lái xe'));
    expect(normaliseTyped('0123456788')).not.toBe(normaliseTyped('0123456789'));
  });
});
