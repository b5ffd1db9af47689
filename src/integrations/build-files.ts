import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { getLocale, localeOfPath, type LocaleCode } from '../editions/locales';

/** Every file below a folder, as absolute paths, optionally only those ending with `extension`. */
export async function filesIn(dir: string, extension = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Astro's `config.base` with the trailing slash our paths are joined to. */
export function basePathOf(config: { base: string }): string {
  return config.base.endsWith('/') ? config.base : `${config.base}/`;
}

/**
 * Writes the size of each edition's download (its PDF, its EPUB) into that
 * edition's built pages, wherever they carry the download's size marker: one
 * read of each page, a write only where the marker stands. `fill` replaces
 * the marker with the size written for the edition's language; an edition
 * with no size (its file was not made) keeps its pages as they are.
 */
export async function fillDownloadSizes(outDir: string, marker: string, sizes: ReadonlyMap<LocaleCode, number>, fill: (html: string, bytes: number, intl: string) => string): Promise<void> {
  for (const file of await filesIn(outDir, '.html')) {
    const html = await readFile(file, 'utf8');
    if (!html.includes(marker)) continue;
    const code = localeOfPath(relative(outDir, file).split(sep).join('/'));
    const bytes = sizes.get(code);
    if (bytes !== undefined) await writeFile(file, fill(html, bytes, getLocale(code).intl));
  }
}
