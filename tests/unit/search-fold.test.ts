import { describe, expect, it } from 'vitest';
import { markExcerpt } from '../../src/lib/search/excerpt';
import { foldedDWords, foldVietnamese, joinedPairs, plainQuery, searchQuery } from '../../src/lib/search/fold';
import { foldedMeta, withFoldedMeta } from '../../src/lib/search/folded-meta';

describe('folding Vietnamese for search', () => {
  it('removes marks and turns đ into d', () => {
    expect(foldVietnamese('Đăng ký định danh điện tử')).toBe('Dang ky dinh danh dien tu');
  });

  it('keeps only the đ-words, folded, in order and with repeats', () => {
    expect(foldedDWords('Điện thoại có mã định danh. Điện lực')).toBe('dien dinh dien');
    expect(foldedDWords('Quét mã QR')).toBe('');
  });

  it('joins every pair of neighbouring words, not across punctuation', () => {
    expect(joinedPairs('Theo dõi hồ sơ, nhận kết quả')).toBe('theoqzdoi doiqzho hoqzso nhanqzket ketqzqua');
  });
});

describe('a query as it is searched', () => {
  const forms = [
    'định danh',
    'dinh danh',
    'ĐỊNH DANH',
    'Dinh  Danh ',
    'định danh'.normalize('NFD'),
    'đinh danh', // partly marked
  ];

  it('is the same for marked, unmarked, partly marked, upper-case, decomposed and spaced input', () => {
    for (const form of forms) expect(searchQuery(form)).toBe('dinh danh dinhqzdanh');
    for (const form of forms) expect(plainQuery(form)).toBe('dinh danh');
  });

  it('is the same for the old and the new tone placement', () => {
    expect(searchQuery('sức khoẻ')).toBe(searchQuery('sức khỏe'));
    expect(searchQuery('thuỷ lợi')).toBe(searchQuery('thủy lợi'));
    expect(searchQuery('hoà')).toBe(searchQuery('hòa'));
  });

  it('keeps single words and names as they are, in lower case', () => {
    expect(searchQuery('VNeID')).toBe('vneid');
    expect(searchQuery('  ')).toBe('');
  });
});

describe('the folded metadata of a built page', () => {
  const page = (body: string) =>
    `<!doctype html><html lang="vi"><body><header><h2>Điều hướng đầu trang</h2></header><main data-pagefind-body><h1>Đăng ký định danh</h1>${body}</main></body></html>`;

  it('folds the title, keys, headings and the indexed text, and joins the phrases', () => {
    const meta = foldedMeta(
      page(
        '<div hidden data-pagefind-meta="keys:Mã định danh · Đổi điện thoại"></div><h2>Đặt lịch hẹn</h2><ol><li>Đọc kỹ</li></ol>',
      ),
    );
    expect(meta).toEqual({
      folded_title: 'dang dinh',
      folded_keys: 'dinh doi dien',
      folded_headings: 'dat',
      folded: 'dang dinh dat doc',
      phrases: 'dangqzky kyqzdinh dinhqzdanh maqzdinh dinhqzdanh doiqzdien dienqzthoai datqzlich lichqzhen',
      syn_title: '',
      syn_keys: '',
      synonyms: '',
    });
  });

  it('gives every mention of a synonym group the group’s word, in the title, the keys and the text', () => {
    const synonyms = [
      ['can cuoc', 'cccd', 'chung minh thu'],
      ['ung dung', 'app'],
    ];
    const meta = foldedMeta(
      page(
        '<div hidden data-pagefind-meta="keys:CCCD · app ngân hàng"></div><h2>Thẻ căn cước</h2><p>Chứng minh thư cũ, căn cước mới.</p>',
      ),
      { synonyms },
    );
    expect(meta).toMatchObject({ syn_title: '', syn_keys: 'canqzsaqz ungqzsbqz', synonyms: 'canqzsaqz canqzsaqz canqzsaqz' });
  });

  it('leaves out what Pagefind does not index: ignored parts, excluded selectors, the page around', () => {
    const meta = foldedMeta(
      page(
        '<div data-pagefind-ignore><p>Đáp án đúng</p></div><div class="sl-markdown-content"><p>Đoạn văn</p><ol><li>Đi tiếp</li></ol></div><script>const đ = 1</script>',
      ),
      { excluded: ['.sl-markdown-content > p'] },
    );
    expect(meta?.folded).toBe('dang dinh di');
    expect(meta?.folded_headings).toBe('');
  });

  it('adds the fields inside the indexed element, and skips pages that are not indexed', () => {
    const html = withFoldedMeta(page('<p>Điện</p>')) ?? '';
    expect(html).toMatch(
      /<main data-pagefind-body="">.*<div hidden data-pagefind-meta="folded:dang dinh dien"><\/div>.*<\/main>/,
    );
    expect(html).toContain('data-pagefind-meta="folded_title:dang dinh"');
    expect(withFoldedMeta('<html><body><main><h1>Đi</h1></main></body></html>')).toBeUndefined();
  });
});

describe('marking the query in an excerpt', () => {
  it('marks the words of a folded query whatever their marks, and drops Pagefind’s own marks', () => {
    expect(markExcerpt('Mở <mark>ứng</mark> dụng. Chạm “Đăng ký” &amp; chờ.', 'dang ky')).toBe(
      'Mở ứng dụng. Chạm “<mark>Đăng</mark> <mark>ký</mark>” &amp; chờ.',
    );
  });

  it('marks the words an unfinished last word begins, from three letters', () => {
    expect(markExcerpt('Sinh trắc học', 'sinh trắ')).toBe('<mark>Sinh</mark> <mark>trắc</mark> học');
    expect(markExcerpt('Tổng đài', 'chu to')).toBe('Tổng đài');
  });

  it('never marks inside an HTML entity', () => {
    expect(markExcerpt('A &amp; B', 'amp')).toBe('A &amp; B');
  });
});
