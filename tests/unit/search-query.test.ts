import { describe, expect, it } from 'vitest';
import { conceptToken, FILLER, planQuery, rankBySlots } from '../../src/lib/search/query';

const synonyms = [
  ['can cuoc', 'cccd', 'chung minh thu'],
  ['vssid', 'app bhxh', 'app bao hiem xa hoi'],
  ['chuyen tien', 'gui tien', 'chuyen khoan'],
];

describe('a resident’s question as searches', () => {
  it('drops question words and filler around the topic', () => {
    expect(planQuery('quên mật khẩu VNeID phải làm sao').map((s) => s.said)).toEqual(['quen', 'mat', 'khau', 'vneid']);
    expect(planQuery('làm thế nào để đăng ký vneid').map((s) => s.said)).toEqual(['dang', 'ky', 'vneid']);
    expect(planQuery('nộp hồ sơ rồi xem kết quả ở đâu').map((s) => s.said)).toEqual(['nop', 'ho', 'so', 'xem', 'ket', 'qua']);
  });

  it('keeps words that only look like filler once their marks are gone', () => {
    // “vay” is “vậy” but also “vay tiền”; “sao” is in “sao lưu”; “ha” is in “Hà Nội”.
    expect(planQuery('gọi video vay tiền').map((s) => s.said)).toEqual(['goi', 'video', 'vay', 'tien']);
    expect(planQuery('sao lưu sổ').map((s) => s.said)).toEqual(['sao', 'luu', 'so']);
    expect(FILLER).not.toContain('ha');
  });

  it('keeps the words of a query made only of filler', () => {
    expect(planQuery('làm sao').map((s) => s.said)).toEqual(['lam', 'sao']);
  });

  it('names everyday words by their synonym group, longest phrase first, marks or not', () => {
    const slots = planQuery('App BHXH xem thẻ', synonyms);
    expect(slots[0]).toEqual({ said: 'app bhxh', concept: conceptToken(1, 'vssid') });
    expect(planQuery('gửi tiền cho con', synonyms)[0]).toEqual({ said: 'gui tien', concept: conceptToken(2, 'chuyen') });
    expect(planQuery('cccd', synonyms)).toEqual([{ said: 'cccd', concept: 'canqzsaqz' }]);
  });

  it('gives each group a word of its own that no other group’s word begins with', () => {
    const words = Array.from({ length: 40 }, (_, i) => conceptToken(i, 'tien'));
    expect(new Set(words).size).toBe(40);
    for (const a of words) for (const b of words) if (a !== b) expect(b.startsWith(a)).toBe(false);
    expect(conceptToken(3, '4g')).toBe('gqzsdqz');
  });
});

describe('ranking pages by how much of the query they answer', () => {
  const hits = (entries: Record<string, number>) => new Map(Object.entries(entries));

  it('puts a page with the rare word and the topic above one with only common words', () => {
    const common = hits({ a: 1, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1, h: 1 });
    const rare = hits({ b: 5 });
    expect(rankBySlots([common, rare])[0]).toBe('b');
  });

  it('counts a named topic double, and a stronger match more', () => {
    const topic = hits({ tt2: 9, tt5: 1, tv3: 1 });
    const word = hits({ tt5: 30, tv3: 29, tt2: 2 });
    expect(rankBySlots([topic, word], [true, false])[0]).toBe('tt2');
    expect(rankBySlots([topic, word], [false, false])[0]).toBe('tt5');
  });

  it('keeps the order the searches found pages in when all else is equal', () => {
    expect(rankBySlots([hits({ x: 1, y: 1 })])).toEqual(['x', 'y']);
    expect(rankBySlots([])).toEqual([]);
  });
});
