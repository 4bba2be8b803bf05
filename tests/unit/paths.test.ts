import { describe, expect, it } from 'vitest';
import { absoluteUrl, coursePath, joinBase, lessonPath } from '../../src/lib/urls/paths';

describe('site paths', () => {
  it('works at the root and under a base path', () => {
    expect(lessonPath('/', 'tt/quet-ma-vietqr')).toBe('/tt/quet-ma-vietqr/');
    expect(lessonPath('/ky-nang-so/', 'tt/quet-ma-vietqr')).toBe('/ky-nang-so/tt/quet-ma-vietqr/');
    expect(coursePath('/ky-nang-so', 'tt')).toBe('/ky-nang-so/tt/');
    expect(joinBase('/ky-nang-so/', '')).toBe('/ky-nang-so/');
  });

  it('makes absolute URLs only when a site URL is set', () => {
    expect(absoluteUrl('https://a.example/', '/tt3/')).toBe('https://a.example/tt3/');
    expect(absoluteUrl('', '/tt3/')).toBeUndefined();
  });
});
