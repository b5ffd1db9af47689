/**
 * Which built files make up an edition's offline copy. Pure functions over a
 * list of built files, so the choice is tested without a build
 * (tests/unit/offline-manifest.test.ts); src/integrations/offline-copies.ts
 * reads dist/ and writes what these return.
 */
import { localeOfPath, unprefixedPath, type LocaleCode } from '../../editions/locales';
import type { OfflineManifest } from './names';

/** A file in dist/: its path there (`zh/chapters/x/index.html`) and its size in bytes. */
export interface BuiltFile {
  path: string;
  bytes: number;
}

/** The parts of Pagefind's `pagefind-entry.json` that say which files a language's search reads. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** Files every edition's pages use: the built CSS and scripts, the icon, the print stylesheet, and the one 404 page. */
const siteAssets = [/^_astro\//, /^favicon\.svg$/, /^print-links\.css$/, /^404\.html$/];

/**
 * Files of the site that no reader opens from a page, never saved: host and
 * crawler files, the corrections feed, the service worker and the lists
 * themselves, and Pagefind's own interface bundles (the site has its own).
 */
const neverSaved = [/^_headers$/, /^robots\.txt$/, /^sitemap[^/]*\.xml$/, /^corrections\.xml$/, /(^|\/)offline\.json$/, /^sw\.js$/, /^pagefind\//];

/**
 * An edition's own files that stay online: link-preview images (`og/`), the
 * share pages (`s/`: they only redirect to a section, for links posted
 * elsewhere; the sections themselves are saved), the PDF (a download of
 * its own, several times the size of the whole edition) and the EPUB (a
 * download for an e-book reader, holding what the saved pages hold).
 */
const editionOnline = [/^(og|s)\//, /\.pdf$/, /\.epub$/];

/** The Pagefind files one language's search fetches: the engine, its entry file, the language's WebAssembly, metadata, index, filters and page fragments. */
function pagefindFilesOf(lang: string, entry: PagefindEntry, entryPath: string): RegExp[] {
  const language = entry.languages[lang.toLowerCase()];
  if (!language) {
    throw new Error(`${entryPath}: Pagefind indexed no pages in "${lang}" (it has ${Object.keys(entry.languages).join(', ') || 'none'}), so that edition's search cannot be saved`);
  }
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const key = escape(lang.toLowerCase());
  return [
    /^pagefind\/pagefind\.js$/,
    /^pagefind\/pagefind-entry\.json$/,
    new RegExp(`^pagefind/wasm\\.${escape(language.wasm ?? 'unknown')}\\.pagefind$`),
    new RegExp(`^pagefind/pagefind\\.${escape(language.hash)}\\.pf_meta$`),
    new RegExp(`^pagefind/(index|filter|fragment)/${key}_[^/]+$`),
  ];
}

/** The files to save for one edition, in the order of `files`. */
export function editionFiles(files: readonly BuiltFile[], edition: { code: LocaleCode; lang: string }, entry: PagefindEntry, entryPath = 'dist/pagefind/pagefind-entry.json'): BuiltFile[] {
  const search = pagefindFilesOf(edition.lang, entry, entryPath);
  const any = (patterns: RegExp[], path: string) => patterns.some((pattern) => pattern.test(path));
  return files.filter(({ path }) => {
    if (any(siteAssets, path) || any(search, path)) return true;
    if (any(neverSaved, path) || localeOfPath(path) !== edition.code) return false;
    return !any(editionOnline, unprefixedPath(path));
  });
}

/** A file's address on the site: the base path, and a page as its folder (`chapters/x/index.html` → `/chapters/x/`). */
export function fileUrl(basePath: string, path: string): string {
  return `${basePath}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** One edition's manifest (`offline.json`). */
export function offlineManifest(build: string, edition: LocaleCode, basePath: string, files: readonly BuiltFile[]): OfflineManifest {
  return {
    build,
    edition,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    files: files.map((file) => ({ url: fileUrl(basePath, file.path), bytes: file.bytes })),
  };
}

/**
 * The placeholder a page's offline control carries for its edition's size,
 * as wide as the digits written over it: the page's size in bytes, and so the
 * manifest's total, stays what it was measured to be.
 */
export const sizeMarker = '??????????';

/** A page with its offline control's size written in (zero-padded to the marker's width). */
export function fillSize(html: string, bytes: number): string {
  const digits = String(bytes).padStart(sizeMarker.length, '0');
  if (digits.length !== sizeMarker.length) throw new Error(`an edition of ${bytes} bytes does not fit the size marker`);
  return html.replaceAll(`data-offline-bytes="${sizeMarker}"`, `data-offline-bytes="${digits}"`);
}
