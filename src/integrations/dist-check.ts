import * as cheerio from 'cheerio';
import { localeOfPath, sourceLocale, unprefixedPath } from '../editions/locales';
import { idsOnPage, publishableIds, registryProblems, type AnchorRegistry } from '../report/anchors';
import { sameAnchorProblems } from '../report/edition-anchors';
import { linkProblem, references } from './link-check';

export interface DistCheckOptions {
  /** The site's base path, `/` or `/report/`. */
  basePath: string;
  /** The anchor registry and its file, for messages (`content/anchors.json`). */
  registry: AnchorRegistry;
  registryFile: string;
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
}

/**
 * The one check of the built site, which it reads and never rewrites. Each
 * HTML file is parsed once, with one parser, as it is added; `finish()` then
 * reports, each problem naming the file and the link or id:
 *
 * - ids used more than once on a page;
 * - anchors in the registry that no longer land (src/report/anchors.ts);
 * - translated chapters and pages that lack their English page's ids, or
 *   (chapters) carry others (src/report/edition-anchors.ts);
 * - internal links, assets and `#fragments` that do not resolve.
 */
export class DistCheck {
  private readonly records: PageRecord[] = [];
  private readonly idsByPage = new Map<string, Set<string>>();
  private readonly problems: string[] = [];
  private readonly registered = new Set<string>();

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
    const record: PageRecord = { page, file, source: $('article[data-source]').attr('data-source'), links: references($) };
    const chapter = $('article[data-chapter]').length > 0;
    const standalone = $('article[data-page]').length > 0;
    if (chapter || standalone) record.anchors = { ids: publishableIds($), standalone };
    const entries = this.options.registry[page];
    if (entries) {
      this.problems.push(...registryProblems($, ids, entries, { page, file }, this.options.registryFile));
      this.registered.add(page);
    }
    this.records.push(record);
  }

  /** Every problem found, each naming its file and the link or id; empty when the build is sound. */
  finish(): string[] {
    const problems = [...this.problems];
    const missing = Object.keys(this.options.registry).filter((page) => !this.registered.has(page));
    if (missing.length > 0) problems.push(`${this.options.registryFile}: published pages no longer exist: ${missing.join(', ')}`);
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
}
