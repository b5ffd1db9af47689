/**
 * Where the search engine's files are, and a tag for this build's copy of
 * them, shared by the pages (which preload them) and the search script (which
 * asks Pagefind for the same addresses, so the preloaded copies are used).
 */
import { site } from '../../config/site';

/**
 * Changes with every build. Pagefind adds it to the address of its entry
 * file, which names the index files: a reader's browser may keep the entry
 * file of one build, never use it with another build's index.
 */
export const searchBuildTag = Date.now().toString(36);

/** Pagefind's files sit once at the site's root, for every edition. */
export function pagefindFile(name: string): string {
  return `${site.basePath}pagefind/${name}`;
}

/**
 * The languages Pagefind 1.6 has a stemmer for, each with a WebAssembly file
 * of its own; every other language uses `wasm.unknown.pagefind`. After each
 * build, the search index step checks the search pages' preloads against
 * the file Pagefind chose (search-index.ts), so a wrong guess fails the build.
 */
const stemmedLanguages = new Set(['ar', 'hy', 'eu', 'ca', 'da', 'nl', 'en', 'fi', 'fr', 'de', 'el', 'hi', 'hu', 'id', 'ga', 'it', 'lt', 'ne', 'no', 'pt', 'ro', 'ru', 'sr', 'es', 'sv', 'ta', 'tr', 'yi']);

/** The search engine's WebAssembly file for pages in this language: named after the whole language tag (en-xa), or `unknown`. */
export function pagefindWasmFile(lang: string): string {
  const language = lang.toLowerCase();
  return `wasm.${stemmedLanguages.has(language.split('-')[0]!) ? language : 'unknown'}.pagefind`;
}

/**
 * The files a search needs first, which a page that searches as soon as it
 * opens (the search page) fetches with its HTML: the edition's terms file,
 * the engine, its entry file and its WebAssembly, rather than one after
 * another once the script runs.
 */
export function searchPreloads(lang: string, editionBase: string): Array<{ rel: 'modulepreload' | 'preload'; href: string }> {
  return [
    // Small, and the source of the first links (glossary terms, section titles): first.
    { rel: 'preload', href: `${editionBase}search-terms.json` },
    { rel: 'modulepreload', href: pagefindFile('pagefind.js') },
    { rel: 'preload', href: pagefindFile(`pagefind-entry.json?ts=${searchBuildTag}`) },
    { rel: 'preload', href: pagefindFile(pagefindWasmFile(lang)) },
  ];
}

/**
 * Whether a search page's WebAssembly preload is the file Pagefind's entry
 * file gives for the page's language; a message naming both when it is not.
 */
export function wasmPreloadProblem(
  page: string,
  lang: string,
  preloaded: readonly string[],
  entry: { languages: Record<string, { wasm: string | null }> },
): string | undefined {
  const chosen = entry.languages[lang.toLowerCase()];
  if (!chosen) return undefined;
  const expected = `wasm.${chosen.wasm ?? 'unknown'}.pagefind`;
  const wasm = preloaded.filter((href) => /\/wasm\.[^/]+\.pagefind$/.test(href));
  if (wasm.length === 1 && wasm[0]!.endsWith(`/${expected}`)) return undefined;
  return `${page}: preloads ${wasm.join(', ') || 'no WebAssembly'}, but Pagefind searches "${lang}" pages with ${expected}; correct pagefindWasmFile in src/outputs/search/search-assets.ts`;
}
