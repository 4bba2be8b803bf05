import { plainQuery } from './fold';

const TOKEN = /&[#\w]+;|[\p{L}\p{N}]+/gu;

/**
 * Marks the query's words in a Pagefind excerpt, whatever their marks: Pagefind marks only the
 * words it matched in the text, and a folded query ("dang ky") matches a page's "Đăng" through
 * its folded copy, so Pagefind would leave it plain. The excerpt is Pagefind's escaped text; its
 * own <mark>s are replaced, entities are kept as they are. The last word of the query may be
 * unfinished ("sinh trắ"), so it marks the words it begins when it has three letters or more.
 */
export function markExcerpt(excerpt: string, query: string): string {
  const words = plainQuery(query).split(' ').filter(Boolean);
  const last = words.at(-1);
  if (!last) return excerpt.replace(/\s*\b[a-z0-9]*qzs[a-p]+qz\b/g, '').trim();
  const whole = new Set(words);
  // The index's synonym words (lib/search/query.ts) are not text a reader should see.
  const text = excerpt
    .replace(/<\/?mark>/g, '')
    .replace(/\s*\b[a-z0-9]*qzs[a-p]+qz\b/g, '')
    .trim();
  return text.replace(TOKEN, (token) => {
    if (token.startsWith('&')) return token;
    const folded = plainQuery(token);
    return whole.has(folded) || (last.length >= 3 && folded.startsWith(last)) ? `<mark>${token}</mark>` : token;
  });
}
