import { describe, expect, it } from 'vitest';
import {
  boundary,
  type Cbor,
  cutWords,
  decodeCbor,
  encodeCbor,
  type IndexWord,
  ranges,
  readPagefindFile,
  rechunk,
  writePagefindFile,
} from '../../src/lib/search/rechunk';

/** A word as Pagefind 1.6 writes it: the word, its pages (delta page, locations, meta locations), variants. */
const word = (text: string, pages = 1): IndexWord => [
  text,
  Array.from({ length: pages }, (_, i): Cbor => [i === 0 ? 0 : 1, [-25, 12 + i, 40], []]),
  [],
];

/** Pagefind's own choice of a part for a searched word (pagefind_web/src/lib.rs). */
const partFor = (chunks: [string, string, string][], term: string) =>
  chunks.find(([from, to]) => term >= from && term <= to)?.[2];

describe('smaller Pagefind index parts', () => {
  it('reads and writes the CBOR Pagefind uses, byte for byte', () => {
    const value: Cbor = ['1.6.0', [['vi_2d62463', 366, '']], [[0, [-25, 139, -145, 70000, 4294967295], []]], 'đăng ký', []];
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
    // Shortest lengths, as minicbor writes them.
    expect([...encodeCbor(23)]).toEqual([23]);
    expect([...encodeCbor(24)]).toEqual([24, 24]);
    expect([...encodeCbor(-25)]).toEqual([0x38, 24]);
    expect([...encodeCbor('là')]).toEqual([0x63, 0x6c, 0xc3, 0xa0]);
  });

  it('refuses what it does not know instead of guessing', () => {
    expect(() => decodeCbor(Uint8Array.from([0xa1, 0x01, 0x02]))).toThrow(/major type 5/);
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/ends early/);
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/trailing/);
    expect(() => readPagefindFile(Buffer.from('not gzip'), 'x')).toThrow();
  });

  it('tells neighbouring parts apart: each ends at its last word, the next starts at the shortest prefix after it', () => {
    expect(boundary('cua', 'cuaq')).toEqual(['cua', 'cuaq']);
    expect(boundary('hoa', 'muc')).toEqual(['h', 'm']);
    expect(boundary('đang', 'đăng')).toEqual(['đa', 'đă']);
    const parts = [
      [word('an'), word('ba')],
      [word('bao'), word('cho')],
      [word('chu'), word('xe')],
    ];
    expect(ranges(parts)).toEqual([
      ['an', 'ba'],
      ['bao', 'cho'],
      ['chu', 'xe'],
    ]);
    expect(ranges([[word('w067'), word('w099')], [word('w100')]])).toEqual([
      ['w067', 'w099'],
      ['w1', 'w100'],
    ]);
  });

  it('cuts words in order, each whole, into parts of at least the given size', () => {
    const words = ['an', 'ba', 'bao', 'cho', 'chu', 'dung', 'la', 'xe'].map((w) => word(w, 3));
    const parts = cutWords(words, 60);
    expect(parts.flat()).toEqual(words);
    for (const part of parts.slice(0, -1)) expect(encodeCbor(part as Cbor).length).toBeGreaterThanOrEqual(60);
    expect(parts.length).toBeGreaterThan(1);
  });

  it('rewrites an index so that every word is found in the part Pagefind will choose for it', () => {
    const words = Array.from({ length: 300 }, (_, i) => word(`w${String(i).padStart(3, '0')}`, 1 + (i % 4))).sort((a, b) =>
      a[0] < b[0] ? -1 : 1,
    );
    // Pagefind's own two parts.
    const original = new Map([
      ['vi_aaaaaaa', writePagefindFile([words.slice(0, 150) as Cbor])],
      ['vi_bbbbbbb', writePagefindFile([words.slice(150) as Cbor])],
    ]);
    const meta = writePagefindFile([
      '1.6.0',
      [['vi_2d62463', 366, '']],
      [
        ['w000', 'w1', 'vi_aaaaaaa'],
        ['w2', 'w299', 'vi_bbbbbbb'],
      ],
      [],
      [],
      [],
    ]);
    const { meta: newMeta, parts } = rechunk('vi', meta, (hash) => original.get(hash) ?? Buffer.alloc(0), 1000);
    expect(parts.size).toBeGreaterThan(4);
    const read = readPagefindFile(newMeta.file, 'meta') as Cbor[];
    expect(read[0]).toBe('1.6.0');
    expect(read[1]).toEqual([['vi_2d62463', 366, '']]);
    expect(read.length).toBe(6);
    const chunks = read[2] as [string, string, string][];
    expect(chunks.map(([, , hash]) => hash).sort()).toEqual([...parts.keys()].sort());
    for (const w of words) {
      const hash = partFor(chunks, w[0]);
      expect(hash, `${w[0]} in ${JSON.stringify(chunks.map(([from, to]) => [from, to]))}`).toBeDefined();
      const part = readPagefindFile(parts.get(hash ?? '') ?? Buffer.alloc(0), hash ?? '') as Cbor[][];
      expect(
        part[0]?.map((entry) => (entry as Cbor[])[0]),
        w[0],
      ).toContain(w[0]);
    }
    // Every word once, in order, as it was.
    const all = chunks.flatMap(([, , hash]) => (readPagefindFile(parts.get(hash) ?? Buffer.alloc(0), hash) as Cbor[][])[0] ?? []);
    expect(all).toEqual(words);
  });
});
