/**
 * Chinese (Han) and Khmer text: how to tell it apart, mark its language, and
 * make Chinese words findable on English pages.
 */

import type { CheerioAPI } from 'cheerio';

const han = /\p{Script=Han}/u;
const khmer = /\p{Script=Khmer}/u;

/** The `lang` a piece of text needs, or undefined for Latin-script text. */
export function scriptLang(text: string): 'zh' | 'km' | undefined {
  if (han.test(text)) return 'zh';
  if (khmer.test(text)) return 'km';
  return undefined;
}

/** Runs of consecutive Han characters in a text. */
export function hanRuns(text: string): string[] {
  return text.match(/\p{Script=Han}+/gu) ?? [];
}

/**
 * Every substring of 2 to `longest` characters of a Han run. Chinese is written
 * without spaces, and Pagefind only splits it into words on Chinese-language
 * pages; on our English pages 网赌 inside 远离网赌电诈集团 would never match. Adding
 * each substring as a word of its own makes any term in the run findable,
 * without a dictionary that could miss names or new words.
 */
export function hanSubstrings(run: string, longest = 12): string[] {
  const characters = [...run];
  const found = new Set<string>();
  for (let start = 0; start < characters.length; start++) {
    for (let length = 2; length <= longest && start + length <= characters.length; length++) {
      const piece = characters.slice(start, start + length).join('');
      if (piece !== run) found.add(piece);
    }
  }
  return [...found];
}

/** Brackets around the words added for the index, so excerpts can drop them again. */
export const addedWordsOpen = '⟦';
export const addedWordsClose = '⟧';

/** A text with the substrings of each of its Han runs, bracketed, before the run. */
export function addHanWords(text: string): string {
  return text.replace(/\p{Script=Han}{2,}/gu, (run) => {
    const words = hanSubstrings(run);
    return words.length === 0 ? run : `${addedWordsOpen} ${words.join(' ')} ${addedWordsClose} ${run}`;
  });
}

/**
 * Rewrites the text (not the tags or attributes) of a parsed page for the
 * search index only: before each Han run, its substrings, bracketed. Scripts
 * and styles are not text. The served page is untouched.
 */
export function addHanWordsForIndex($: CheerioAPI): void {
  $.root()
    .find('*')
    .contents()
    .each((_, node) => {
      const text = node as unknown as { type: string; data: string; parent: { name?: string } | null };
      if (text.type !== 'text' || text.parent?.name === 'script' || text.parent?.name === 'style') return;
      if (han.test(text.data)) text.data = addHanWords(text.data);
    });
}

/**
 * Removes the index-only words from a Pagefind excerpt or title. When the
 * match was inside them, marks the query's Han terms in the text that remains,
 * so the reader still sees what matched.
 */
export function cleanIndexText(excerpt: string, query: string): string {
  // An excerpt is a window on the text, so it may start or end inside the added words.
  const whole = new RegExp(`${addedWordsOpen}[^${addedWordsClose}]*(?:${addedWordsClose}\\.?\\s*|$)`, 'g');
  const cutAtStart = new RegExp(`^[^${addedWordsOpen}]*?${addedWordsClose}\\.?\\s*`);
  const cleaned = excerpt.replace(whole, '').replace(cutAtStart, '');
  if (cleaned === excerpt || cleaned.includes('<mark>')) return cleaned;
  let marked = cleaned;
  for (const term of hanRuns(query)) {
    marked = marked.split(term).join(`<mark>${term}</mark>`);
  }
  return marked;
}

/**
 * Wraps Chinese and Khmer runs in the text of an HTML fragment (a search
 * excerpt) in spans with their language, so they are read and set correctly.
 */
export function markLanguages(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) =>
      part.startsWith('<')
        ? part
        : part
            .replace(/\p{Script=Han}+/gu, (run) => `<span lang="zh">${run}</span>`)
            .replace(/\p{Script=Khmer}+/gu, (run) => `<span lang="km">${run}</span>`),
    )
    .join('');
}
