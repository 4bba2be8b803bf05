/**
 * The few icons mock screens use, drawn for this site on a 24×24 grid as stroked paths (no real
 * app's artwork). The practice page and the SVG pictures draw the same paths.
 */
export const ICONS = {
  qr: 'M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h2v2h-2zM18 14h2M14 18h2v2M18 18h2v2h-2',
  scan: 'M4 8V4h4M16 4h4v4M20 16v4h-4M8 20H4v-4M4 12h16',
  transfer: 'M4 8h14l-4-4M20 16H6l4 4',
  home: 'M4 11l8-7 8 7M6 9v11h12V9',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c1-4 4-6 8-6s7 2 8 6',
  bell: 'M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20h4',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM16 16l5 5',
  cart: 'M3 4h3l2 11h11l2-8H7M9 20h.01M18 20h.01',
  message: 'M4 5h16v11H9l-5 4z',
  phone: 'M6 3h3l2 5-2 1a11 11 0 0 0 6 6l1-2 5 2v3a2 2 0 0 1-2 2A17 17 0 0 1 4 5a2 2 0 0 1 2-2z',
  'hang-up': 'M3 14c5-5 13-5 18 0l-2 3-4-1v-2a10 10 0 0 0-6 0v2l-4 1z',
  shield: 'M12 3l8 3v6c0 5-4 8-8 9-4-1-8-4-8-9V6z',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  doc: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6',
  card: 'M3 6h18v12H3zM3 10h18M7 15h4',
  check: 'M5 12l5 5 9-10',
  warning: 'M12 3l10 18H2zM12 10v5M12 18h.01',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
  flag: 'M5 21V4M5 4h12l-2 4 2 4H5',
  back: 'M15 5l-7 7 7 7',
} as const;

export type IconName = keyof typeof ICONS;
export const ICON_NAMES = Object.keys(ICONS) as [IconName, ...IconName[]];
