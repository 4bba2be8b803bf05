import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinBase } from '../../src/lib/urls/paths';
import { coursePath, lessonPath } from '../../src/lib/urls/routes';
import { printedParts } from '../../src/lib/urls/short-link';

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

describe('a short link as printed', () => {
  it('may wrap at the dots of a host name and before the lesson’s part, never inside an address', () => {
    expect(printedParts('kynangso.example.gov.vn/tt3/')).toEqual({ host: ['kynangso', 'example', 'gov', 'vn'], path: '/tt3/' });
    expect(printedParts('127.0.0.1:4322/tt3/')).toEqual({ host: ['127.0.0.1:4322'], path: '/tt3/' });
    expect(printedParts('tinh.gov.vn/ky-nang-so/tt3/')).toEqual({ host: ['tinh', 'gov', 'vn/ky-nang-so'], path: '/tt3/' });
  });
});
