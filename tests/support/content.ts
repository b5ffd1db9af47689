/**
 * What the tests expect, read from the chapters' source files rather than from
 * the built site, so a page that drops a chapter or a section fails a test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'yaml';
import { chapterSlug } from '../../src/report/chapters';

export interface SourceHeading {
  depth: 2 | 3;
  id: string;
  text: string;
}

export interface SourceChapter {
  file: string;
  slug: string;
  title: string;
  description: string;
  order: number;
  keyFindings: Array<{ id: string; text: string; section: string; headline?: boolean; describesViolence?: boolean }>;
  contentNote?: string;
  headings: SourceHeading[];
}

const contentDir = join(import.meta.dirname, '..', '..', 'content');

function splitFrontmatter(file: string, text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** `## Title {#id}` lines of an MDX body. */
export function sourceHeadings(body: string): SourceHeading[] {
  return [...body.matchAll(/^(#{2,3}) (.+?) \{#([a-z0-9-]+)\}\s*$/gm)].map((match) => ({
    depth: match[1]!.length as 2 | 3,
    text: match[2]!.replace(/<[^>]+>/g, '').replace(/[*_`]/g, '').trim(),
    id: match[3]!,
  }));
}

/**
 * Matches a heading or title as the browser shows it: the site sets straight
 * quotes as typographic ones, so either form of a quote or apostrophe counts.
 */
export function exactName(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/["“”]/g, '["“”]');
  return new RegExp(`^${escaped}$`);
}

export function readChapters(): SourceChapter[] {
  const dir = join(contentDir, 'chapters');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const { data, body } = splitFrontmatter(name, readFileSync(join(dir, name), 'utf8'));
      return {
        file: name,
        slug: chapterSlug(name),
        title: data['title'] as string,
        description: data['description'] as string,
        order: data['order'] as number,
        keyFindings: data['keyFindings'] as SourceChapter['keyFindings'],
        ...(data['contentNote'] ? { contentNote: data['contentNote'] as string } : {}),
        headings: sourceHeadings(body),
      };
    })
    .sort((a, b) => a.order - b.order);
}

const routesDir = join(import.meta.dirname, '..', '..', 'src', 'pages', '[...lang]');

/**
 * The pages of a route with parameters, by its path under `[...lang]`. Share
 * and cite pages exist once per section: their own tests visit them.
 */
const routePages: Record<string, () => string[]> = {
  '[page].astro': () => readdirSync(join(contentDir, 'pages')).filter((name) => name.endsWith('.mdx')).map((name) => `${chapterSlug(name)}/`),
  'chapters/[slug].astro': () => readChapters().map((chapter) => `chapters/${chapter.slug}/`),
  's/[chapter]/[section].astro': () => [],
  'cite/[chapter]/[section].astro': () => [],
};

/**
 * Pages left out of the every-page checks, and why: the print edition is
 * every chapter on one page, which print.spec.ts checks; search shows
 * results only for a query, which the search specs (and `checkedPaths`) give it.
 */
const checkedElsewhere = new Set(['print/', 'search/']);

/**
 * Every page of the site a reader can reach, as paths relative to the base,
 * read from the routes in `src/pages/[...lang]/`, so a new page is checked
 * without being added here. A new route with parameters fails until
 * `routePages` says how to list its pages.
 */
export function allPagePaths(): string[] {
  const routes = (readdirSync(routesDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.astro')).map((file) => file.split(sep).join('/'));
  return routes
    .flatMap((route) => {
      if (route.includes('[')) {
        const pages = routePages[route];
        if (!pages) throw new Error(`tests/support/content.ts: no way to list the pages of src/pages/[...lang]/${route}; add it to routePages`);
        return pages();
      }
      return [route.replace(/(^|\/)index\.astro$/, '$1').replace(/\.astro$/, '/')];
    })
    .filter((path) => !checkedElsewhere.has(path))
    .sort();
}
