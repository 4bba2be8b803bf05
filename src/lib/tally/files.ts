import { foldVietnamese } from '../text/fold';

/** A file name without marks or spaces: `so-theo-doi-thon-dong-2026-11-22.xlsx`. */
export function tallyFileName(village: string, today: string, extension: string): string {
  const slug = foldVietnamese(village)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `so-theo-doi${slug ? `-${slug}` : ''}-${today}.${extension}`;
}

/** Hands a file to the browser's download (the member's phone keeps it in "Tải xuống"). */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}
