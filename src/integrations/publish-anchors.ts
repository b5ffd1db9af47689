import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { checkRegistry, checkUniqueIds, publishableIds, type AnchorRegistry } from '../report/anchors';
import { sameAnchorProblems } from '../report/edition-anchors';
import { localeOfPath, sourceLocale, unprefixedPath } from '../editions/locales';
import { headingsWithoutIds } from '../report/heading-ids';
import { filesIn } from './build-files';

/**
 * Keeps links to the report working: every heading in the content carries a
 * written id; after the build, which it reads and never rewrites (the link
 * controls and alias anchors are made while the MDX renders, in
 * src/rendering/link-controls.ts), every page is checked for repeated ids, a
 * translated page must carry its English page's ids, and every anchor in the
 * registry must still land somewhere.
 */
export function publishAnchors(options: { content: string; registry: string }): AstroIntegration {
  let root = '';
  return {
    name: 'report-anchors',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async () => {
        const problems: string[] = [];
        for (const file of await filesIn(join(root, options.content), '.mdx')) {
          const name = relative(root, file).split(sep).join('/');
          for (const heading of headingsWithoutIds(await readFile(file, 'utf8'))) {
            problems.push(`${name}:${heading.line}: the heading "${heading.text}" has no id; write it as "## ${heading.text} {#an-id}"`);
          }
        }
        if (problems.length > 0) throw new Error(problems.join('\n'));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const registry = JSON.parse(await readFile(join(root, options.registry), 'utf8')) as AnchorRegistry;
        const seen = new Set<string>();
        // English first: a translation must carry its English page's ids.
        const files = (await filesIn(outDir, '.html'))
          .map((file) => ({ file, path: relative(outDir, file).split(sep).join('/') }))
          .sort((a, b) => Number(localeOfPath(a.path) !== sourceLocale) - Number(localeOfPath(b.path) !== sourceLocale));
        const englishIds = new Map<string, string[]>();
        const problems: string[] = [];
        for (const { file, path } of files) {
          const page = path.replace(/index\.html$/, '');
          const code = localeOfPath(page);
          const $ = cheerio.load(await readFile(file, 'utf8'));
          const chapter = $('article[data-chapter]').attr('data-chapter');
          const standalone = $('article[data-page]').length > 0;
          const source = $('article[data-source]').attr('data-source') ?? `dist/${path}`;
          const ids = checkUniqueIds($, `dist/${path}`);
          if (chapter || standalone) {
            if (code === sourceLocale) englishIds.set(page, publishableIds($));
            else problems.push(...sameAnchorProblems(englishIds.get(unprefixedPath(page)) ?? [], publishableIds($), source, { extrasAllowed: standalone }));
          }
          const entries = registry[page];
          if (entries) {
            checkRegistry($, ids, entries, { page, file: `dist/${path}` }, options.registry);
            seen.add(page);
          }
        }
        if (problems.length > 0) throw new Error(problems.join('\n'));
        const missing = Object.keys(registry).filter((page) => !seen.has(page));
        if (missing.length > 0) {
          throw new Error(`${options.registry}: published pages no longer exist: ${missing.join(', ')}`);
        }
        logger.info(`checked ${Object.values(registry).reduce((n, ids) => n + Object.keys(ids).length, 0)} published anchors`);
      },
    },
  };
}
