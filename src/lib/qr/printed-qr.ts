import { getSettings } from '../settings/load-settings';
import { absoluteUrl } from '../urls/paths';
import { printedLink } from '../urls/short-link';
import { qrSvg } from './qr';

/** A QR code for paper or the projector, and the link printed under it. */
export interface PrintedQr {
  /** The link as printed: absolute without `https://`, or the bare path when no site URL is set. */
  shown: string;
  /** The QR code as inline SVG; undefined without a site URL (a code that leads nowhere is worse than none). */
  svg: string | undefined;
}

/**
 * The QR code of a site path (a lesson's short link, a course page) with the link printed under
 * it, for handouts, the course cover, the closing slide and the QR poster. `label` names the code
 * for screen readers, given the printed link.
 */
export async function printedQr(path: string, label: (shown: string) => string): Promise<PrintedQr> {
  const link = absoluteUrl(getSettings().siteUrl, path);
  const shown = link ? printedLink(link) : path;
  return { shown, svg: link ? await qrSvg(link, label(shown)) : undefined };
}
