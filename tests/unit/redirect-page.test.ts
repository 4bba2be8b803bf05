import { describe, expect, it } from 'vitest';
import { redirectPage } from '../../src/lib/urls/redirect-page';

describe('the short link page', () => {
  const html = redirectPage({
    title: 'Mã OTP "của" <bạn>',
    path: '/tt/khong-dua-ma-otp/',
    canonical: 'https://a.example/tt/khong-dua-ma-otp/',
    opening: 'Đang mở bài học…',
  });

  it('is the same script on every short link, allowed by the page’s own policy', () => {
    const other = redirectPage({
      title: 'Khác',
      path: '/bd/lam-quen/',
      canonical: 'https://a.example/bd/lam-quen/',
      opening: '…',
    });
    const scriptOf = (page: string) => /<script>([^<]*)<\/script>/.exec(page)?.[1];
    expect(scriptOf(other)).toBe(scriptOf(html));
    expect(html).toMatch(
      /<meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'; base-uri 'self'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'">/,
    );
  });

  it('is Vietnamese, kept out of search, with a canonical URL', () => {
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<link rel="canonical" href="https://a.example/tt/khong-dua-ma-otp/">');
  });

  it('redirects without JavaScript, with it, and by a visible link', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/tt/khong-dua-ma-otp/">');
    // The script reads the address from the refresh line, and keeps the `#` part.
    const script = /<script>([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    const replaced: string[] = [];
    const run = new Function('document', 'location', script);
    run(
      { querySelector: () => ({ content: '0; url=/tt/khong-dua-ma-otp/' }) },
      { hash: '#buoc-2', replace: (to: string) => replaced.push(to) },
    );
    expect(replaced).toEqual(['/tt/khong-dua-ma-otp/#buoc-2']);
    expect(html).toContain('<a href="/tt/khong-dua-ma-otp/">Mã OTP &quot;của&quot; &lt;bạn&gt;</a>');
  });
});
