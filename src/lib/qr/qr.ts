import QRCode from 'qrcode';

/**
 * A QR code as inline SVG, made at build time. Error correction Q (about a quarter of the code
 * can be lost): a smudged photocopy or a creased sheet still scans. The 4-module quiet zone is
 * what scanners expect around a code.
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'Q',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  // An accessible name, and no fixed size: the sheet's CSS sizes the code.
  return svg
    .replace('<svg ', `<svg role="img" aria-label="${label.replaceAll('"', '&quot;')}" `)
    .replace(/ width="\d+" height="\d+"/, '');
}
