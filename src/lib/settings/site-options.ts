import { getSettings } from './load-settings';

/**
 * Astro's `site` and `base` from the settings file (or `SITE_URL` / `BASE_PATH`).
 * Without a site URL the build still works, but QR codes cannot point anywhere: say so loudly.
 */
export function siteOptions(): { site: string | undefined; base: string } {
  const settings = getSettings();
  if (!settings.siteUrl) {
    const bar = '!'.repeat(78);
    console.warn(
      [
        bar,
        '!! CHƯA CÓ ĐỊA CHỈ TRANG (siteUrl): mã QR trên tờ hướng dẫn sẽ không được in.',
        '!! No site URL is set: handouts will say that QR codes are not set up.',
        '!! Điền siteUrl trong content/settings.yaml, hoặc build với SITE_URL=https://... ',
        bar,
      ].join('\n'),
    );
  }
  return { site: settings.siteUrl || undefined, base: settings.basePath };
}
