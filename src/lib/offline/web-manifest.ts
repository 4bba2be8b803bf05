import { withSlash } from '../urls/paths';
import { homePath } from '../urls/routes';

/** The icons the build draws from `public/favicon.svg` (src/integrations/offline.ts). */
export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

/** The site's accent and page colours (styles/site/theme.css), for the installed app's frame. */
export const THEME_COLOR = '#00545d';
export const BACKGROUND_COLOR = '#ffffff';

/**
 * The web app manifest: what a phone shows when the site is installed ("Thêm vào màn hình chính").
 * Its start page and scope are the base path, so it works under `/` or `/ky-nang-so/`.
 */
export function webManifest(base: string, text: { name: string; shortName: string; description: string }) {
  const scope = withSlash(base);
  return {
    name: text.name,
    short_name: text.shortName,
    description: text.description,
    lang: 'vi',
    dir: 'ltr',
    start_url: homePath(scope),
    scope,
    id: homePath(scope),
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: ICONS.map((icon) => ({
      src: `${scope}${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
