/**
 * Typed text compared as a person means it: spaces, dots and capitals do not count, nor the
 * Vietnamese marks (a phone's keyboard may not type them easily: “doi giay phep” is “đổi giấy
 * phép”). Apart from the schema, so the practice page's script does not carry the schema library.
 */
export const normaliseTyped = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[\s.]/g, '')
    .toLowerCase();
