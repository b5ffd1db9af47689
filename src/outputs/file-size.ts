/** A file's size as a reader is told it before downloading: "0.6 KB", "1.4 MB" (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number, intl: string): string {
  const kilobytes = bytes / 1024;
  const [value, unit] = kilobytes < 1024 ? [kilobytes, 'KB'] : [kilobytes / 1024, 'MB'];
  // One decimal below 10 (0.6 KB, 1.4 MB), whole numbers above (24 KB): enough to choose whether to download.
  const digits = value < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(intl, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)} ${unit}`;
}
