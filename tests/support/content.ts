/**
 * What the tests expect, read from the chapters' source files rather than from
 * the built site, so a page that drops a chapter or a section fails a test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

/** Every page of the site a reader can reach, as paths relative to the base. */
export function allPagePaths(): string[] {
  return [
    '',
    ...readChapters().map((chapter) => `chapters/${chapter.slug}/`),
    'about/',
    'further-reading/',
    'getting-help/',
    'glossary/',
    'timeline/',
    'map/',
    'figures/',
    'cite/',
    'chapters/',
    'findings/',
  ];
}
