import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { mdxToHast } from 'satteri';
import { locales, localeOfPath, unprefixedPath, type LocaleCode } from '../editions/locales';
import { chapterSlug } from '../report/chapters';
import { contentFileOf, type ContentFile } from './content-file';
import { elementsOf, type TreeNode } from './hast-tree';
import { englishParagraphIdsOfFile } from './paragraph-ids';

/**
 * Where a link in the report's text leads, when it leads to another chapter
 * or page of the report. An author writes either the file
 * (`./02-belt-and-road.mdx#largest-investor`, relative to the file the link
 * is in, so from a translation it is the same edition's chapter) or the
 * relative URL (`../belt-and-road/#largest-investor`); an address from the
 * site's root (`/chapters/belt-and-road/`) is read as one under the base
 * path the site is built for. Each names one target,
 * checked against the content files, so a broken link is reported with the
 * file and line it is written on, never as a built page.
 */

export interface Folders {
  /** The project's root folder, absolute. */
  root: string;
  /** Where the written content lives (`content`) and where converted editions are written (`generated`). */
  content: string;
  generated: string;
}

export interface LinkTarget {
  kind: 'chapter' | 'page';
  code: LocaleCode;
  slug: string;
  /** The section or paragraph id after `#`, if any. */
  fragment: string | undefined;
  /** The target's path under the site, with its edition prefix: `zh/chapters/belt-and-road/`. */
  path: string;
}

export type Resolution = { target: LinkTarget } | { problem: string } | undefined;

/** `chapters/x/` for a chapter, `x/` for a page: the address of a content file's page, without edition prefix. */
export function pagePathOf(kind: 'chapter' | 'page', slug: string): string {
  return kind === 'chapter' ? `chapters/${slug}/` : `${slug}/`;
}

/**
 * What a link written in `source` (a content file, absolute `from`) points
 * to: a target of the report, a problem to report, or undefined when the
 * link is none of the report's chapters or pages (another site, the
 * glossary, a feed), which the check of the built site covers.
 */
export function resolveLink(href: string, from: string, source: ContentFile, folders: Folders): Resolution {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('//')) return undefined;
  const [address = '', ...rest] = href.split('#');
  const fragment = rest.length > 0 ? decodeURIComponent(rest.join('#')) : undefined;
  const path = decodeURIComponent(address.split('?')[0]!);
  if (path.endsWith('.mdx')) return fileTarget(resolve(dirname(from), path), fragment, folders);
  // Resolved against the page the text is published on, as a browser would.
  const page = `/${locales[source.code].prefix}${pagePathOf(source.kind, source.slug)}`;
  return siteTarget(new URL(path, `https://site.invalid${page}`).pathname.slice(1), fragment, folders);
}

/** A link to a content file: `./02-belt-and-road.mdx`, `../../pages/about.mdx`. */
function fileTarget(absolute: string, fragment: string | undefined, folders: Folders): Resolution {
  const file = contentFileOf(absolute, folders);
  if (!file || !existsSync(file.englishFile)) {
    return { problem: `no chapter or page of the report is written in that file (${existingFilesHint(absolute)})` };
  }
  return checkedTarget({ kind: file.kind, code: file.code, slug: file.slug, fragment, path: `${locales[file.code].prefix}${pagePathOf(file.kind, file.slug)}` }, folders);
}

/** An address under the site (`zh/chapters/belt-and-road/`), when it is a chapter or page of the report. */
function siteTarget(resolved: string, fragment: string | undefined, folders: Folders): Resolution {
  const code = localeOfPath(resolved);
  const inEdition = unprefixedPath(resolved);
  const chapter = /^chapters\/([^/]+)\/?$/.exec(inEdition);
  if (chapter) {
    const slug = chapter[1]!;
    if (!chapterFiles(folders).has(slug)) return { problem: `there is no chapter "${slug}" (chapters: ${[...chapterFiles(folders).keys()].join(', ')})` };
    return checkedTarget({ kind: 'chapter', code, slug, fragment, path: `${locales[code].prefix}chapters/${slug}/` }, folders);
  }
  const page = /^([^/.]+)\/?$/.exec(inEdition);
  if (page && existsSync(contentPath(folders, 'pages', `${page[1]}.mdx`))) {
    return checkedTarget({ kind: 'page', code, slug: page[1]!, fragment, path: `${locales[code].prefix}${page[1]}/` }, folders);
  }
  return undefined;
}

/** The target, if its fragment names a section or paragraph there. */
function checkedTarget(target: LinkTarget, folders: Folders): Resolution {
  if (target.fragment === undefined || target.fragment === '') return { target: { ...target, fragment: undefined } };
  const file = englishFileOf(target, folders);
  const ids = idsOf(file, target.kind);
  if (ids.has(target.fragment)) return { target };
  const name = relative(folders.root, file).split(sep).join('/');
  return { problem: `${name} has no section or paragraph "${target.fragment}" (its sections: ${[...ids].filter((id) => !id.startsWith('p-')).join(', ')})` };
}

function englishFileOf(target: LinkTarget, folders: Folders): string {
  return target.kind === 'chapter' ? contentPath(folders, 'chapters', chapterFiles(folders).get(target.slug)!) : contentPath(folders, 'pages', `${target.slug}.mdx`);
}

function contentPath(folders: Folders, folder: string, name: string): string {
  return join(folders.root, folders.content, folder, name);
}

/** The English chapter files by slug: `belt-and-road` → `02-belt-and-road.mdx`. */
function chapterFiles(folders: Folders): Map<string, string> {
  const names = readdirSync(join(folders.root, folders.content, 'chapters')).filter((name) => name.endsWith('.mdx'));
  return new Map(names.map((name) => [chapterSlug(name), name]));
}

/** What to say about a file link that leads nowhere: the files next to where it points. */
function existingFilesHint(absolute: string): string {
  const names = existsSync(dirname(absolute)) ? readdirSync(dirname(absolute)).filter((name) => name.endsWith('.mdx')) : [];
  return names.length > 0 ? `files there: ${names.join(', ')}` : `no such folder: ${dirname(absolute)}`;
}

const cache = new Map<string, { modified: number; ids: Set<string> }>();

/**
 * The ids a link may name in a page: its headings' written ids and, in a
 * chapter, its paragraphs' ids, read from the English file (a translation
 * carries the same), again only when the file changes.
 */
function idsOf(file: string, kind: 'chapter' | 'page'): Set<string> {
  const modified = statSync(file).mtimeMs;
  const cached = cache.get(file);
  if (cached?.modified === modified) return cached.ids;
  const tree = mdxToHast(readFileSync(file, 'utf8'), { features: { headingAttributes: true, frontmatter: true }, position: false }) as TreeNode;
  const ids = new Set<string>();
  for (const element of elementsOf(tree)) {
    const id = element.properties?.['id'];
    // The footnotes heading is generated, not a section.
    if (/^h[1-6]$/.test(element.tagName) && typeof id === 'string' && id !== 'footnote-label') ids.add(id);
  }
  if (kind === 'chapter') for (const paragraphs of englishParagraphIdsOfFile(file).values()) for (const id of paragraphs) ids.add(id);
  cache.set(file, { modified, ids });
  return ids;
}
