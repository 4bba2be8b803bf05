import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Smaller parts for Pagefind's word index (issue 22). Pagefind cuts its index into parts of
 * 20,000 word positions, some 30 KB each (a constant it does not let one change), and a search
 * downloads the part of each word it looks up: a two-word question on a phone downloaded 60 KB of
 * index, a long one 150 KB. Cut into parts of a few KB, the same words cost a few KB each, and
 * the index as a whole is unchanged: the same words, in the same order, each whole.
 *
 * Pagefind's files are gzip of a signature and CBOR (pagefind/src/index/*.rs: structs as arrays):
 * - the metadata, `[version, pages, chunks: [from, to, hash][], filters, sorts, …]` (1.6 adds a field);
 * - a part, `[words: [word, …][]]`, in the order of the words.
 * A part is chosen for a searched word `w` by `from <= w <= to` (pagefind_web/src/lib.rs); see
 * `ranges` for how the bounds are written.
 * Only the subset of CBOR these files use is read and written; anything else fails loudly.
 */

const SIGNATURE = 'pagefind_dcd';

export type Cbor = number | string | Cbor[];

/** Decodes definite-length CBOR of unsigned and negative integers, text and arrays. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (!size) throw new Error(`rechunk: CBOR length ${info} not supported`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + (bytes[at++] ?? 0);
    return value;
  };
  const item = (): Cbor => {
    const head = bytes[at++];
    if (head === undefined) throw new Error('rechunk: CBOR ends early');
    const major = head >> 5;
    const value = length(head & 31);
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    if (major === 3) {
      const text = new TextDecoder().decode(bytes.subarray(at, at + value));
      at += value;
      return text;
    }
    if (major === 4) return Array.from({ length: value }, item);
    throw new Error(`rechunk: CBOR major type ${major} not supported`);
  };
  const result = item();
  if (at !== bytes.length) throw new Error('rechunk: CBOR has trailing bytes');
  return result;
}

/** Encodes what decodeCbor reads, with the shortest lengths, as minicbor does. */
export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push((major << 5) | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    else throw new Error(`rechunk: number ${n} too large`);
  };
  const item = (v: Cbor) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`rechunk: ${v} is not an integer`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const bytes = new TextEncoder().encode(v);
      head(3, bytes.length);
      for (const byte of bytes) out.push(byte);
    } else {
      head(4, v.length);
      for (const element of v) item(element);
    }
  };
  item(value);
  return Uint8Array.from(out);
}

/**
 * A Pagefind file's content: gunzipped, signature checked, CBOR decoded, and checked to encode
 * back to the very same bytes (so that what is rewritten is exactly what Pagefind wrote).
 */
export function readPagefindFile(file: Buffer, name: string): Cbor {
  const raw = gunzipSync(file);
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE)
    throw new Error(`rechunk: ${name} is not a Pagefind file`);
  const cbor = raw.subarray(SIGNATURE.length);
  const value = decodeCbor(cbor);
  if (!Buffer.from(encodeCbor(value)).equals(cbor)) throw new Error(`rechunk: ${name} does not read back as Pagefind wrote it`);
  return value;
}

export function writePagefindFile(value: Cbor): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), encodeCbor(value)]), { level: 9 });
}

/**
 * A word of the index. Only its first field, the word, is read here; the rest (its pages and
 * locations, and in Pagefind 1.6 its marked variants) is carried over as it is.
 */
export type IndexWord = [word: string, ...rest: Cbor[]];

/** Words (in index order) cut into parts of at least `bytes` bytes of CBOR each, the last one the rest. */
export function cutWords(words: readonly IndexWord[], bytes: number): IndexWord[][] {
  const parts: IndexWord[][] = [];
  let part: IndexWord[] = [];
  let size = 0;
  for (const word of words) {
    part.push(word);
    size += encodeCbor(word).length;
    if (size >= bytes) {
      parts.push(part);
      part = [];
      size = 0;
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** The shortest prefixes that tell the last word of a part from the first of the next (Pagefind's get_prefixes). */
export function boundary(last: string, next: string): [string, string] {
  const a = [...last];
  const b = [...next];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/**
 * Each part's range, `[from, to]`: `to` is the part's last word, and the next part's `from` the
 * shortest prefix of its first word that sorts after it. (Pagefind shortens `to` as well, to the
 * same length, which leaves words like "w067" after a `to` of "w0" when the next part starts at
 * "w100": such a word is then found only when no other word of the query is.)
 */
export function ranges(parts: readonly IndexWord[][]): [string, string][] {
  const out = parts.map((part): [string, string] => [part[0]?.[0] ?? '', part.at(-1)?.[0] ?? '']);
  for (let i = 0; i + 1 < out.length; i++) {
    const here = out[i] as [string, string];
    const next = out[i + 1] as [string, string];
    next[0] = boundary(here[1], next[0])[1];
  }
  return out;
}

export interface Rechunked {
  /** The new metadata file's name and content. */
  meta: { hash: string; file: Buffer };
  /** The new parts, by hash (the file is `index/<hash>.pf_index`). */
  parts: Map<string, Buffer>;
}

const shortHash = (bytes: Uint8Array, length: number) => createHash('sha256').update(bytes).digest('hex').slice(0, length);

/**
 * The index of one language cut into parts of about `size` bytes (before compression): from its
 * metadata file and a function that reads a part by hash. Checks first that every file reads back as it was written,
 * so a Pagefind that changed its format fails the build instead of shipping a broken search.
 */
export function rechunk(language: string, metaFile: Buffer, readPart: (hash: string) => Buffer, size: number): Rechunked {
  const meta = readPagefindFile(metaFile, 'the metadata');
  if (!Array.isArray(meta) || meta.length < 5 || !Array.isArray(meta[2]))
    throw new Error('rechunk: unexpected Pagefind metadata');
  const words: IndexWord[] = [];
  for (const chunk of meta[2] as Cbor[]) {
    const hash = Array.isArray(chunk) ? chunk[2] : undefined;
    if (typeof hash !== 'string') throw new Error('rechunk: unexpected index chunk entry');
    const part = readPagefindFile(readPart(hash), `index part ${hash}`);
    if (!Array.isArray(part) || part.length !== 1 || !Array.isArray(part[0]))
      throw new Error(`rechunk: unexpected index part ${hash}`);
    for (const word of part[0]) {
      if (!Array.isArray(word) || typeof word[0] !== 'string') throw new Error(`rechunk: unexpected word in index part ${hash}`);
      words.push(word as IndexWord);
    }
  }
  const cut = cutWords(words, size);
  const parts = new Map<string, Buffer>();
  const entries: Cbor[] = ranges(cut).map(([from, to], i) => {
    const encoded = encodeCbor([cut[i] as Cbor]);
    let length = 7;
    let hash = `${language}_${shortHash(encoded, length)}`;
    while (parts.has(hash)) hash = `${language}_${shortHash(encoded, ++length)}`;
    parts.set(hash, writePagefindFile([cut[i] as Cbor]));
    return [from, to, hash];
  });
  const newMeta: Cbor = meta.map((field, i) => (i === 2 ? entries : field));
  const metaBytes = encodeCbor(newMeta);
  return { meta: { hash: `${language}_${shortHash(metaBytes, 10)}`, file: writePagefindFile(newMeta) }, parts };
}
