import { z } from 'astro/zod';

/**
 * The reviewed list of official web addresses and phone numbers a lesson may print
 * (`content/allow-list.yaml`). Each entry says what it is and where that was checked.
 */
export const AllowListSchema = z.strictObject({
  domains: z.array(
    z.strictObject({
      /** A host name without `www.`, e.g. `dichvucong.gov.vn`; its subdomains are not included. */
      domain: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/),
      /** What it is, in Vietnamese. */
      what: z.string().min(3),
      /** Where this was checked. */
      source: z.url(),
    }),
  ),
  phones: z.array(
    z.strictObject({
      /** As printed in lessons, e.g. `1900 0368`, `156`. */
      number: z.string().regex(/^[\d .*#]+$/),
      what: z.string().min(3),
      source: z.url(),
    }),
  ),
});
export type AllowList = z.output<typeof AllowListSchema>;

/** Web addresses in a text: full URLs and bare host names such as `dichvucong.gov.vn`. */
export function findDomains(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\bhttps?:\/\/([^/\s)"'>]+)/gi)) found.add((match[1] ?? '').toLowerCase());
  const bare = /(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov|info|io|app))(?![\w-])(?:\/[^\s)]*)?/gi;
  for (const match of text.matchAll(bare)) found.add((match[1] ?? '').toLowerCase());
  return [...found].map((host) => host.replace(/^www\./, '').replace(/:\d+$/, ''));
}

/**
 * Phone numbers and service codes in a text: mobile and landline numbers, 1800/1900 lines,
 * USSD codes such as `*123#`, and short numbers right after "gọi", "nhắn tin đến", "tổng đài".
 * Returned as digits (and `*`, `#`) only, so `1900 0368` and `1900.0368` compare equal.
 */
export function findPhones(text: string): string[] {
  const found = new Set<string>();
  const digits = (s: string) => s.replace(/[^\d*#]/g, '');
  const patterns = [
    /(?<![\d/,.])(?:\+84|0)\d(?:[ .]?\d){7,9}(?![\d/])/g,
    /(?<![\d/,.])1[89]00(?:[ .]?\d){4,6}(?![\d/])/g,
    /\*\d[\d*]*#/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(digits(match[0]));
  const short =
    /(?:gọi(?: điện)?(?: đến| tới| vào| số)?|nhắn(?: tin)?(?: đến| tới| về)?|gửi(?: tin nhắn)?(?: đến| tới| về)|tổng đài|đầu số|đường dây nóng|số) (\d{3,5})(?!\d)(?![ /.,]\d)/giu;
  for (const match of text.matchAll(short)) found.add(digits(match[1] ?? ''));
  return [...found].filter((d) => d.length >= 3);
}

/** Whether a found address is allowed: the listed host itself, or `www.` in front of it. */
export function isAllowedDomain(list: AllowList, host: string): boolean {
  return list.domains.some((d) => d.domain === host);
}

export function isAllowedPhone(list: AllowList, number: string): boolean {
  return list.phones.some((p) => p.number.replace(/[^\d*#]/g, '') === number);
}
