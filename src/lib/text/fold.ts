/**
 * Vietnamese text without its marks, as people type it on a phone: tone and vowel marks off, đ
 * turned into d, composed again (NFC). "Đăng ký" → "Dang ky". Used wherever two spellings must
 * count as one: search (lib/search/fold.ts), household labels, file names.
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
