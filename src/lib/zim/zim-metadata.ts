/**
 * What the Kiwix copy is called and says about itself, in Kiwix's library and on its file. The
 * openZIM metadata rules: Title at most 30 characters, Description at most 80, Language as
 * ISO 639-3, Name without version or date (`project_language_selection`), so a newer file replaces
 * an older one in a reader's library. Self-contained: src/hosting/build-zim.ts runs it with Node
 * directly.
 */

/** The folder the Kiwix build writes (astro.config.mjs, KNS_TARGET=zim) and the file made of it. */
export const ZIM_SITE = 'dist-zim/site';
export const ZIM_FILE = 'dist-zim/ky-nang-so.zim';

/** Files of the build that only a web server uses, left out of the ZIM file. */
export const zimSkipped = [
  '_headers',
  '_headers.nginx',
  '.htaccess',
  '404.html',
  'khong-co-mang',
  'offline.json',
  'manifest.webmanifest',
];

export const ZIM_TEXT = {
  title: 'Kỹ năng số cho mọi nhà',
  description: 'Học dùng điện thoại: giấy tờ, mua bán, trả tiền, an toàn trên mạng',
  creator: 'Kỹ năng số cho mọi nhà',
  publisher: 'Tổ công nghệ số cộng đồng',
  name: 'ky-nang-so_vi_all',
  tags: '_category:other;_pictures:yes;_videos:no;_details:yes;_ftindex:yes',
} as const;

/** zimwriterfs's arguments for the folder's content (the folder and file come after). */
export function zimMetadata(source = process.env.SITE_URL ?? ''): { illustration: string; args: string[] } {
  const illustration = 'kiwix-48.png';
  const args = [
    `--welcome=index.html`,
    `--illustration=${illustration}`,
    '--language=vie',
    `--title=${ZIM_TEXT.title}`,
    `--description=${ZIM_TEXT.description}`,
    `--creator=${ZIM_TEXT.creator}`,
    `--publisher=${ZIM_TEXT.publisher}`,
    `--name=${ZIM_TEXT.name}`,
    `--tags=${ZIM_TEXT.tags}`,
    '--scraper=ky-nang-so-cho-moi-nha (npm run zim)',
    ...(/^https?:\/\//.test(source) ? [`--source=${source}`] : []),
  ];
  return { illustration, args };
}
