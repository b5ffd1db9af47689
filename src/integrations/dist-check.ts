import * as cheerio from 'cheerio';
import { localeOfPath, sourceLocale, unprefixedPath } from '../editions/locales';
import { idsOnPage, pageIds, registryProblems, unrecordedProblem, type PageIds } from '../report/anchors';
import { entriesOfPage, type AnchorRegistry } from '../report/anchor-registry';
import { sameAnchorProblems } from '../report/edition-anchors';
import { linkProblem, references } from './link-check';

export interface DistCheckOptions {
  /** The site's base path, `/` or `/report/`. */
  basePath: string;
  /** The anchor registry and its file, for messages (`content/anchors.json`). */
  registry: AnchorRegistry;
  registryFile: string;
  /**
   * While `npm run anchors:record` builds the site to record it, new anchors
   * are what it is there to record: they are not a problem then.
   */
  recording?: boolean;
  /**
   * Paragraphs of English chapters whose id is not written into the text
   * yet, each with a message naming the file and line, reported instead of
   * the page's "not recorded" line for the same id.
   */
  unwritten?: ReadonlyArray<{ page: string; id: string; message: string }>;
}

/** What the check keeps of a page once it has been read: never the parsed document. */
interface PageRecord {
  /** `chapters/x/`, the page's path under the site. */
  page: string;
  /** `dist/chapters/x/index.html`, the built file. */
  file: string;
  /** The content file the page renders (`content/chapters/01-x.mdx`), when it renders one. */
  source: string | undefined;
  links: string[];
  /** For a chapter or a stand-alone page: its published ids, which its translations must carry. */
  anchors?: { ids: string[]; standalone: boolean };
  /** Its ids, for the registry. */
  ids: PageIds;
}

/**
 * The one check of the built site, which it reads and never rewrites. Each
 * HTML file is parsed once, with one parser, as it is added; `finish()` then
 * reports, each problem naming the file and the link or id:
 *
 * - ids used more than once on a page;
 * - anchors in the registry that no longer land, and new anchors not yet
 *   recorded in it (src/report/anchors.ts, src/report/anchor-registry.ts);
 * - translated chapters and pages that lack their English page's ids, or
 *   (chapters) carry others (src/report/edition-anchors.ts);
 * - internal links, assets and `#fragments` that do not resolve.
 */
export class DistCheck {
  private readonly records: PageRecord[] = [];
  private readonly idsByPage = new Map<string, Set<string>>();
  private readonly problems: string[] = [];

  /** `files` lists every file in the build, as paths relative to it (`chapters/x/index.html`). */
  constructor(
    private readonly files: ReadonlySet<string>,
    private readonly options: DistCheckOptions,
  ) {}

  /** Reads one built HTML file: `path` is relative to the build (`chapters/x/index.html`). */
  add(path: string, html: string): void {
    const page = path.replace(/index\.html$/, '');
    const file = `dist/${path}`;
    const $ = cheerio.load(html);
    const { ids, problems } = idsOnPage($, file);
    this.problems.push(...problems);
    this.idsByPage.set(page, ids);
    const record: PageRecord = { page, file, source: $('article[data-source]').attr('data-source'), links: references($), ids: pageIds($, ids) };
    const chapter = $('article[data-chapter]').length > 0;
    const standalone = $('article[data-page]').length > 0;
    if (chapter || standalone) record.anchors = { ids: [...record.ids.publishable], standalone };
    this.records.push(record);
  }

  /** Every problem found, each naming its file and the link or id; empty when the build is sound. */
  finish(): string[] {
    const problems = [...this.problems, ...this.registryProblems()];
    const english = new Map(this.records.filter((record) => record.anchors && localeOfPath(record.page) === sourceLocale).map((record) => [record.page, record.anchors!.ids]));
    for (const record of this.records) {
      if (!record.anchors || localeOfPath(record.page) === sourceLocale) continue;
      problems.push(...sameAnchorProblems(english.get(unprefixedPath(record.page)) ?? [], record.anchors.ids, record.source ?? record.file, { extrasAllowed: record.anchors.standalone }));
    }
    for (const record of this.records) {
      for (const link of record.links) {
        const problem = linkProblem(link, record.page, this.files, this.idsByPage, this.options.basePath);
        // The content file first, where the link is fixed; the built page too, when it is another name.
        if (problem) problems.push(`${record.source ?? record.file}: ${link}: ${problem}${record.source ? ` (${record.file})` : ''}`);
      }
    }
    return problems;
  }

  /**
   * Every page against the registry. A translated page answers only for what
   * is its own: an anchor its English page has lost, or has not recorded, is
   * reported once, on the English page, not once per edition.
   */
  private registryProblems(): string[] {
    const { registry, registryFile, recording } = this.options;
    const problems: string[] = [];
    const byPage = new Map(this.records.map((record) => [record.page, record]));
    // A registered English page stands for its editions too; a missing edition copy breaks the language switcher's links, reported there.
    const missing = Object.keys(registry).filter((page) => !byPage.has(page));
    if (missing.length > 0) problems.push(`${registryFile}: published pages no longer exist: ${missing.join(', ')}`);
    for (const record of this.records) {
      const key = unprefixedPath(record.page);
      const english = key === record.page ? undefined : byPage.get(key)?.ids;
      const entries = entriesOfPage(registry, record.page);
      // An anchor the English page has lost too is that page's problem.
      const own = english ? Object.fromEntries(Object.entries(entries).filter(([id, target]) => target !== true || english.ids.has(id))) : entries;
      if (Object.keys(entries).length > 0) problems.push(...registryProblems(record.ids, own, { page: record.page, file: record.file, key }, registryFile));
      if (recording) continue;
      const unwritten = (this.options.unwritten ?? []).filter((paragraph) => paragraph.page === record.page);
      problems.push(...unwritten.map((paragraph) => paragraph.message));
      const reported = new Set([...(english?.publishable ?? []), ...unwritten.map((paragraph) => paragraph.id)]);
      const ids = { ...record.ids, publishable: record.ids.publishable.filter((id) => !reported.has(id)) };
      const unrecorded = unrecordedProblem(ids, entries, { page: record.page, file: record.file });
      if (unrecorded) problems.push(unrecorded);
    }
    return problems;
  }
}
