import { describe, expect, it } from 'vitest';
import {
  type AllowList,
  findDomains,
  findPhones,
  isAllowedDomain,
  isAllowedPhone,
} from '../../src/lib/content-checks/allow-list';
import { lessonTextProblems } from '../../src/lib/content-checks/check-lesson';
import { bodyProblems, stepsBlocks } from '../../src/lib/content-checks/lesson-parts';
import { plainLines, sentencesOf, syllableCount } from '../../src/lib/content-checks/plain-text';
import { readability } from '../../src/lib/content-checks/readability';
import { curlyQuotes, straightQuotes, stringsIn } from '../../src/lib/content-checks/typography';

describe('plain text of a lesson body', () => {
  it('drops component tags but keeps a block title as a sentence', () => {
    const lines = plainLines('<Warning title="Không đọc mã OTP">\nNgân hàng không hỏi mã.\n</Warning>');
    expect(lines.map((l) => l.text)).toEqual(['Không đọc mã OTP.', 'Ngân hàng không hỏi mã.']);
  });

  it('marks lines inside an Example block', () => {
    const lines = plainLines('Trước.\n<Example title="Tin nhắn giả" scam>\nGọi 09xx xxx xxx ngay.\n</Example>\nSau.');
    expect(lines.map((l) => [l.text, l.inExample])).toEqual([
      ['Trước.', false],
      ['Tin nhắn giả.', true],
      ['Gọi 09xx xxx xxx ngay.', true],
      ['Sau.', false],
    ]);
  });

  it('strips list markers, headings and emphasis; keeps link text and address', () => {
    const lines = plainLines('## Các bước\n1. Mở **ứng dụng**.\n- Xem [cổng](https://dichvucong.gov.vn).');
    expect(lines.map((l) => l.text)).toEqual(['Các bước', 'Mở ứng dụng.', 'Xem cổng https://dichvucong.gov.vn.']);
  });

  it('splits sentences without breaking numbers, dates or addresses', () => {
    expect(sentencesOf('Từ 1/7/2024, chuyển trên 10.000.000 đồng. Vào dichvucong.gov.vn để nộp! Xong?')).toEqual([
      'Từ 1/7/2024, chuyển trên 10.000.000 đồng.',
      'Vào dichvucong.gov.vn để nộp!',
      'Xong?',
    ]);
  });

  it('counts syllables as space-separated units, ignoring punctuation', () => {
    expect(syllableCount('Mở ứng dụng ngân hàng – rồi chạm “Quét QR”.')).toBe(9);
  });
});

describe('readability report', () => {
  it('flags a sentence over the limit and computes the average', () => {
    const long = Array.from({ length: 41 }, () => 'chữ').join(' ');
    const report = readability([
      { where: 'a', text: 'Một hai ba bốn.' },
      { where: 'b', text: `${long}.` },
    ]);
    expect(report.sentences).toBe(2);
    expect(report.average).toBe(22.5);
    expect(report.shareLong).toBe(0.5);
    expect(report.tooLong).toEqual([{ where: 'b', syllables: 41, sentence: `${long}.` }]);
  });
});

describe('addresses and numbers in text', () => {
  const list: AllowList = {
    domains: [{ domain: 'dichvucong.gov.vn', what: 'Cổng', source: 'https://a.example' }],
    phones: [
      { number: '156', what: 'Báo rác', source: 'https://a.example' },
      { number: '1900 0368', what: 'Tổng đài', source: 'https://a.example' },
    ],
  };

  it('finds bare host names and URLs, not file names or numbers', () => {
    expect(findDomains('Vào dichvucong.gov.vn hoặc https://www.vneid.gov.vn/abc. Tải tệp anh.jpg, 10.000 đồng.').sort()).toEqual([
      'dichvucong.gov.vn',
      'vneid.gov.vn',
    ]);
    expect(isAllowedDomain(list, 'dichvucong.gov.vn')).toBe(true);
    expect(isAllowedDomain(list, 'dichvucong.bvgov.com')).toBe(false);
  });

  it('finds phone numbers, hotlines, USSD codes and short numbers after "gọi"/"nhắn tin"', () => {
    const text =
      'Gọi 1900.0368 hoặc 0912 345 678. Bấm *123#. Nhắn tin đến 156 miễn phí. Gọi số 1900 0368. Chuyển 15 triệu đồng ngày 1/7/2024.';
    expect(findPhones(text).sort()).toEqual(['*123#', '0912345678', '156', '19000368'].sort());
    expect(isAllowedPhone(list, '19000368')).toBe(true);
    expect(isAllowedPhone(list, '0912345678')).toBe(false);
  });

  it('does not take amounts, years or dates for phone numbers', () => {
    expect(findPhones('Trên 10 triệu đồng, từ năm 2021, ngày 15/6/2021, 3 ngày làm việc, 20.000.000 đồng.')).toEqual([]);
  });
});

describe('what a lesson body must hold', () => {
  const body = '## Một\n\n<Steps>\n\n1. Mở.\n2. Chạm.\n\n</Steps>\n\n## Hai\n\n<TrainerNote>\nGhi chú.\n</TrainerNote>\n';

  it('passes a complete body', () => {
    expect(bodyProblems(body, 'Bài về điện thoại.')).toEqual([]);
  });

  it('asks for sections, steps and trainer notes', () => {
    const problems = bodyProblems('## Một\n', '').join('\n');
    expect(problems).toMatch(/ít nhất 2 phần/);
    expect(problems).toMatch(/<Steps>/);
    expect(problems).toMatch(/<TrainerNote>/);
  });

  it('asks for a warning when the lesson is about money, passwords, OTP or identity', () => {
    expect(bodyProblems(`${body}\nĐừng đọc mã OTP.`, '').join('\n')).toMatch(/<Warning>/);
    expect(bodyProblems(body, 'Chuyển tiền an toàn').join('\n')).toMatch(/<Warning>/);
    expect(bodyProblems(`${body}\nĐừng đọc mã OTP.\n<Warning>Không.</Warning>`, '')).toEqual([]);
  });

  it('allows only a numbered list inside Steps', () => {
    expect(stepsBlocks('<Steps>\n\n1. Mở.\n   Sẽ thấy màn hình.\n2. Chạm.\n\nĐoạn văn lạc.\n</Steps>')).toEqual([
      { items: 2, stray: ['Đoạn văn lạc.'] },
    ]);
  });
});

describe('all the text checks of one lesson, as the build runs them', () => {
  const allowList: AllowList = {
    domains: [{ domain: 'dichvucong.gov.vn', what: 'Cổng', source: 'https://x.vn' }],
    phones: [{ number: '156', what: 'Tổng đài', source: 'https://x.vn' }],
  };
  const lesson = (body: string, data: Record<string, unknown> = { title: 'Bài học ngắn' }) => ({ data, body, bodyLine: 10 });
  const good =
    '## Một\n\n<Steps>\n\n1. Mở trang dichvucong.gov.vn.\n2. Gọi 156.\n\n</Steps>\n\n## Hai\n\n<TrainerNote>\nGhi chú.\n</TrainerNote>\n';

  it('passes a lesson that keeps every rule', () => {
    expect(lessonTextProblems(lesson(good), allowList)).toEqual([]);
  });

  it('names the line of the file for a problem in the body', () => {
    const problems = lessonTextProblems(lesson(`${good}\nGọi 0912 345 678 hoặc vào abc.vn để "nhận quà".\n`), allowList);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^body \(dòng 25\): số “0912345678” chưa có trong content\/allow-list\.yaml/),
        expect.stringMatching(/^body \(dòng 25\): địa chỉ “abc\.vn”/),
        expect.stringMatching(/^body \(dòng 25\): .*ngoặc kép cong/),
      ]),
    );
  });

  it('names the field for a problem in the front matter', () => {
    const long = Array.from({ length: 41 }, () => 'chữ').join(' ');
    const problems = lessonTextProblems(lesson(good, { title: 'Bài', quiz: [{ question: `${long}?` }] }), allowList);
    expect(problems.join('\n')).toMatch(/^quiz\[1\]\.question: câu dài 41 âm tiết/m);
  });
});

describe('typography of shown text', () => {
  it('names every straight double quote with where it is', () => {
    expect(
      straightQuotes([
        { where: 'quiz[1].question', text: 'Họ bảo "hoàn tất giao dịch".' },
        { where: 'title', text: 'Đọc “tên người nhận”' },
      ]),
    ).toEqual(['quiz[1].question: Họ bảo "hoàn tất giao dịch".']);
  });

  it('finds the strings of a YAML or JSON document with their paths', () => {
    expect(stringsIn({ a: ['x', { b: 'y' }], n: 3 })).toEqual([
      { where: 'a[1]', text: 'x' },
      { where: 'a[2].b', text: 'y' },
    ]);
  });

  it('turns a locality’s straight quotes into curly ones', () => {
    expect(curlyQuotes('Nhóm "Kỹ năng số" của xã')).toBe('Nhóm “Kỹ năng số” của xã');
    expect(curlyQuotes('"Tổ số 3" (xã "An Bình")')).toBe('“Tổ số 3” (xã “An Bình”)');
  });
});
