import { describe, expect, it } from 'vitest';
import { editDistance, lowerCasePath, suggestCodes } from '../../src/lib/urls/suggest';

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

describe('a short link typed in capitals', () => {
  it('leads to the lower-case path, with its trailing slash', () => {
    expect(lowerCasePath('/TT3/')).toBe('/tt3/');
    expect(lowerCasePath('/Tt3')).toBe('/tt3/');
    expect(lowerCasePath('/KY-NANG-SO/TT3/')).toBe('/ky-nang-so/tt3/');
    expect(lowerCasePath('/In/TT3/index.HTML')).toBe('/in/tt3/index.html');
  });

  it('does nothing for a path already in lower case, so a real 404 never loops', () => {
    expect(lowerCasePath('/tt3/')).toBeUndefined();
    expect(lowerCasePath('/tt99')).toBeUndefined();
    expect(lowerCasePath('/%E0%A4%A')).toBeUndefined();
  });
});
