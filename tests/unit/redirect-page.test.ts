import { describe, expect, it } from 'vitest';
import { redirectPage } from '../../src/lib/urls/redirect-page';

describe('the short link page', () => {
  const html = redirectPage({
    title: 'Mã OTP "của" <bạn>',
    path: '/tt/khong-dua-ma-otp/',
    canonical: 'https://a.example/tt/khong-dua-ma-otp/',
    opening: 'Đang mở bài học…',
  });

  it('is Vietnamese, kept out of search, with a canonical URL', () => {
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<link rel="canonical" href="https://a.example/tt/khong-dua-ma-otp/">');
  });

  it('redirects without JavaScript, with it, and by a visible link', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/tt/khong-dua-ma-otp/">');
    expect(html).toContain('location.replace("/tt/khong-dua-ma-otp/" + location.hash)');
    expect(html).toContain('<a href="/tt/khong-dua-ma-otp/">Mã OTP &quot;của&quot; &lt;bạn&gt;</a>');
  });
});
