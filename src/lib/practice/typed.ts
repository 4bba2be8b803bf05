/**
 * Typed text compared as a person means it: spaces and dots in numbers do not count, nor capitals.
 * Apart from the schema, so the practice page's script does not carry the schema library.
 */
export const normaliseTyped = (text: string) => text.normalize('NFC').replace(/[\s.]/g, '').toLowerCase();
