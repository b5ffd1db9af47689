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

/** Every id on a page, and a problem naming the file and the id for each id used more than once. */
export function idsOnPage($: cheerio.CheerioAPI, file: string): { ids: Set<string>; problems: string[] } {
  const ids = new Set<string>();
  const repeated = new Set<string>();
  $('[id]').each((_, element) => {
    const id = $(element).attr('id')!;
    if (ids.has(id)) repeated.add(id);
    ids.add(id);
  });
  return { ids, problems: [...repeated].map((id) => `${file}: the id "${id}" is used more than once on the page`) };
}

/**
 * A page against the registry: a problem, naming the registry, the page and
 * the id, for each published anchor that has gone without a named
 * replacement, and each renamed one without an alias anchor before the id
 * that replaced it.
 */
export function registryProblems(
  $: cheerio.CheerioAPI,
  ids: ReadonlySet<string>,
  entries: Record<string, true | string>,
  page: PageAnchors,
  registryFile: string,
): string[] {
  const problems: string[] = [];
  for (const [id, target] of Object.entries(entries)) {
    if (target === true) {
      if (!ids.has(id)) {
        problems.push(
          `${registryFile}: ${page.page}#${id} is published but no longer on the page (${page.file}); ` +
            `restore the id, or name its new place: "${id}": "new-id"`,
        );
      }
      continue;
    }
    if (!ids.has(target)) {
      problems.push(`${registryFile}: ${page.page}#${id} points to "${target}", which is not on the page (${page.file})`);
      continue;
    }
    const old = $(`[id="${id}"]`);
    if (old.length === 0) {
      problems.push(`${registryFile}: ${page.page}#${id} is marked as moved to "${target}", but the page has no alias anchor for it; alias anchors are made only for headings and paragraphs of the text`);
    } else if (!old.is('.anchor-alias')) {
      problems.push(`${registryFile}: ${page.page}#${id} is marked as moved to "${target}", but the id is still on the page`);
    }
  }
  return problems;
}

/**
 * The anchors published on a page: section headings, findings, paragraphs
 * (their ids come from their opening words, so rewording an opening needs an
 * alias in the registry) and glossary terms.
 */
export function publishableIds($: cheerio.CheerioAPI): string[] {
  // The print edition repeats the chapters' ids; the chapters are where they are published.
  if ($('.print-edition').length > 0) return [];
  // A translation's section shown in English (src/rendering/english-first.ts) is a container of the text's own paragraphs.
  return $('.prose h2[id], .prose h3[id], .findings li[id], .prose > p[id], .prose > .untranslated-section > p[id], .glossary [id]')
    .map((_, element) => $(element).attr('id')!)
    .get()
    .filter((id) => id !== 'footnote-label');
}
