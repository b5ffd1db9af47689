import * as cheerio from 'cheerio';

/**
 * Published anchors: for each page path, each id ever published and where it
 * points now. `true` means the id is still on the page; a string names the id
 * that replaced it, and the page keeps an alias anchor so old links still land.
 */
export type AnchorRegistry = Record<string, Record<string, true | string>>;

export interface PageAnchors {
  /** Site-relative path of the page, e.g. `chapters/sihanoukville/`. */
  page: string;
  /** The built file, for error messages. */
  file: string;
}

/** Every id on a page; throws naming the file and the id if one repeats. */
export function checkUniqueIds($: cheerio.CheerioAPI, file: string): Set<string> {
  const seen = new Set<string>();
  $('[id]').each((_, element) => {
    const id = $(element).attr('id')!;
    if (seen.has(id)) throw new Error(`${file}: the id "${id}" is used more than once on the page`);
    seen.add(id);
  });
  return seen;
}

/**
 * Checks a page against the registry. Throws, naming the registry, the page
 * and the id, when a published anchor has gone without a named replacement,
 * or when a renamed one has no alias anchor before the id that replaced it.
 */
export function checkRegistry(
  $: cheerio.CheerioAPI,
  ids: Set<string>,
  entries: Record<string, true | string>,
  page: PageAnchors,
  registryFile: string,
): void {
  for (const [id, target] of Object.entries(entries)) {
    if (target === true) {
      if (!ids.has(id)) {
        throw new Error(
          `${registryFile}: ${page.page}#${id} is published but no longer on the page (${page.file}); ` +
            `restore the id, or name its new place: "${id}": "new-id"`,
        );
      }
      continue;
    }
    if (!ids.has(target)) {
      throw new Error(`${registryFile}: ${page.page}#${id} points to "${target}", which is not on the page (${page.file})`);
    }
    const old = $(`[id="${id}"]`);
    if (old.length === 0) {
      throw new Error(`${registryFile}: ${page.page}#${id} is marked as moved to "${target}", but the page has no alias anchor for it; alias anchors are made only for headings and paragraphs of the text`);
    }
    if (!old.is('.anchor-alias')) {
      throw new Error(`${registryFile}: ${page.page}#${id} is marked as moved to "${target}", but the id is still on the page`);
    }
  }
}

/**
 * The anchors published on a page: section headings, findings, paragraphs
 * (their ids come from their opening words, so rewording an opening needs an
 * alias in the registry) and glossary terms.
 */
export function publishableIds($: cheerio.CheerioAPI): string[] {
  // The print edition repeats the chapters' ids; the chapters are where they are published.
  if ($('.print-edition').length > 0) return [];
  return $('.prose h2[id], .prose h3[id], .findings li[id], .prose > p[id], .glossary [id]')
    .map((_, element) => $(element).attr('id')!)
    .get()
    .filter((id) => id !== 'footnote-label');
}
