import { describe, expect, it } from 'vitest';
import { editDistance, suggestCodes } from '../../src/lib/urls/suggest';

const codes = ['tt1', 'tt2', 'tt3', 'dv1', 'ns50', 'at6'];

describe('suggesting a lesson for a mistyped short link', () => {
  it('measures edits, swaps included', () => {
    expect(editDistance('tt3', 'tt3')).toBe(0);
    expect(editDistance('t3t', 'tt3')).toBe(1);
    expect(editDistance('tt33', 'tt3')).toBe(1);
  });

  it('finds the code in common typing mistakes', () => {
    expect(suggestCodes('/TT3', '/', codes)[0]).toBe('tt3');
    expect(suggestCodes('/tt-3/', '/', codes)[0]).toBe('tt3');
    expect(suggestCodes('/tt33/', '/', codes)[0]).toBe('tt3');
    expect(suggestCodes('/ky-nang-so/ns5/', '/ky-nang-so/', codes)).toEqual(['ns50']);
  });

  it('suggests nothing for unrelated paths', () => {
    expect(suggestCodes('/huong-dan/', '/', codes)).toEqual([]);
    expect(suggestCodes('/', '/', codes)).toEqual([]);
    expect(suggestCodes('/xyz9/', '/', codes)).toEqual([]);
  });
});
