import * as cheerio from 'cheerio';
import { isRecorded, likelyNewId, type RegistryEntries } from './anchor-registry.ts';

export type { AnchorRegistry } from './anchor-registry';

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

/** What the check keeps of a built page's ids. */
export interface PageIds {
  /** Every id on the page. */
  ids: ReadonlySet<string>;
  /** The alias anchors among them (`<span class="anchor-alias">`), which keep renamed ids landing. */
  aliases: ReadonlySet<string>;
  /** Its published kinds of anchor, in page order (publishableIds). */
  publishable: readonly string[];
}

/** The ids of a parsed page, as the check keeps them. */
export function pageIds($: cheerio.CheerioAPI, ids: ReadonlySet<string>): PageIds {
  return { ids, aliases: new Set($('.anchor-alias[id]').map((_, element) => $(element).attr('id')!).get()), publishable: publishableIds($) };
}

/**
 * A page against the registry: a problem, naming the registry, the page and
 * the id, for each published anchor that has gone without a named
 * replacement (with the id it most likely became, src/report/anchor-registry.ts),
 * and each renamed one without an alias anchor before the id that replaced it.
 * `key` is the registry entry the page's anchors are listed under.
 */
export function registryProblems(page: PageIds, entries: RegistryEntries, where: PageAnchors & { key: string }, registryFile: string): string[] {
  const { ids } = page;
  const problems: string[] = [];
  for (const [id, target] of Object.entries(entries)) {
    if (target === true) {
      if (!ids.has(id)) {
        const likely = likelyNewId(id, entries, page.publishable);
        problems.push(
          `${registryFile}: ${where.page}#${id} is published but no longer on the page (${where.file}); ` +
            (likely
              ? `its likely new id is "${likely}": write "${id}": "${likely}" under "${where.key}" in ${registryFile} so old links land there, or restore the id`
              : `restore the id, or name its new place: "${id}": "new-id"`),
        );
      }
      continue;
    }
    if (!ids.has(target)) {
      problems.push(`${registryFile}: ${where.page}#${id} points to "${target}", which is not on the page (${where.file})`);
      continue;
    }
    if (!ids.has(id)) {
      problems.push(`${registryFile}: ${where.page}#${id} is marked as moved to "${target}", but the page has no alias anchor for it; alias anchors are made only for headings and paragraphs of the text`);
    } else if (!page.aliases.has(id)) {
      problems.push(`${registryFile}: ${where.page}#${id} is marked as moved to "${target}", but the id is still on the page`);
    }
  }
  return problems;
}

/**
 * Anchors on a page that are not in the registry yet: one problem naming the
 * page, the ids and the command that records them (and writes new
 * paragraphs' ids into the English source).
 */
export function unrecordedProblem(page: PageIds, entries: RegistryEntries, where: PageAnchors): string | undefined {
  const fresh = page.publishable.filter((id) => !isRecorded(entries, id));
  if (fresh.length === 0) return undefined;
  return (
    `${where.file}: ${fresh.length === 1 ? 'a new anchor is' : `${fresh.length} new anchors are`} not recorded as published yet (${fresh.map((id) => `#${id}`).join(', ')}); ` +
    'run `npm run anchors:record` to record new anchors (it also writes new paragraphs\' ids into the English text), then commit what it changed'
  );
}

/**
 * The anchors published on a page: section headings, findings, paragraphs
 * (their ids are written into the English source once published) and
 * glossary terms.
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
