/**
 * Turns a lesson's MDX body into the text a reader reads, line by line, for checks that count
 * words or look for addresses. Line numbers are kept so a problem can be shown where it is.
 */
export interface TextLine {
  /** 1-based line in the body. */
  line: number;
  text: string;
  /** Whether the line is inside an `<Example>` block (masked sample messages). */
  inExample: boolean;
}

/** Block component tags and their attributes; a `title="…"` is text the reader sees. */
const TAG = /<\/?([A-Z][A-Za-z]*)([^>]*)>/g;

export function plainLines(body: string): TextLine[] {
  const lines: TextLine[] = [];
  let exampleDepth = 0;
  body.split(/\r?\n/).forEach((raw, index) => {
    let text = raw;
    if (/^\s*(import|export)\s/.test(text)) return;
    const titles: string[] = [];
    let opensExample = false;
    let closesExample = false;
    text = text.replace(TAG, (tag, name: string, attrs: string) => {
      if (name === 'Example') {
        if (tag.startsWith('</')) closesExample = true;
        else if (!tag.endsWith('/>')) opensExample = true;
      }
      const title = /title="([^"]*)"/.exec(attrs)?.[1];
      if (title) titles.push(title);
      return ' ';
    });
    if (opensExample) exampleDepth++;
    text = [...titles.map((t) => `${t}.`), text]
      .join(' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: keep the alt text
      .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 $2') // links: text and address
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
      .replace(/[*_`]+/g, '')
      .trim();
    if (text) lines.push({ line: index + 1, text, inExample: exampleDepth > 0 });
    if (closesExample) exampleDepth = Math.max(0, exampleDepth - 1);
  });
  return lines;
}

/**
 * Sentences of a line. A full stop ends a sentence only when followed by a space or the end, so
 * `1.000`, `1/7/2024` and `dichvucong.gov.vn` stay whole. Each line (a list item, a heading) is
 * at least its own sentence.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!…])\s+|(?<=[.?!…])$/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Syllables as Vietnamese is written: space-separated units that contain a letter or digit. */
export function syllableCount(sentence: string): number {
  return sentence.split(/\s+/).filter((unit) => /[\p{L}\p{N}]/u.test(unit)).length;
}
