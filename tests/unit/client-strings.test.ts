import { describe, expect, it } from 'vitest';
import { fill, readStrings } from '../../src/lib/i18n/client-strings';

const element = (strings: string | undefined) =>
  ({ dataset: strings === undefined ? {} : { strings } }) as unknown as HTMLElement;

describe('UI strings in the browser', () => {
  it('reads an element’s strings under its prefix and fills placeholders', () => {
    const say = readStrings(element('{"kns.quiz.score":"Đúng {{score}} trên {{total}} câu."}'), 'kns.quiz.');
    expect(say?.('score', { score: 3, total: 4 })).toBe('Đúng 3 trên 4 câu.');
    expect(say?.('missing')).toBe('missing');
  });

  it('gives nothing for a missing or damaged attribute, so the element leaves the page alone', () => {
    expect(readStrings(element(undefined), 'kns.quiz.')).toBeUndefined();
    expect(readStrings(element('{oops'), 'kns.quiz.')).toBeUndefined();
    expect(readStrings(element('"text"'), 'kns.quiz.')).toBeUndefined();
  });

  it('fills a placeholder it has no value for with nothing', () => {
    expect(fill('Còn {{left}} bài.', {})).toBe('Còn  bài.');
  });
});
