import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { applyRegistry, checkUniqueIds, decorateChapter, decorateHeadings, publishableIds, type AnchorRegistry } from '../utils/anchors';
import { adoptParagraphIds, paragraphIdsBySection, sameAnchorProblems, type ParagraphIds } from '../utils/edition-anchors';
import { locales, localeOfPath, sourceLocale, unprefixedPath } from '../i18n/locales';
import { translator } from '../i18n/translate';
import { headingsWithoutIds } from '../utils/heading-ids';
import { makeLinksRootRelative } from '../utils/root-relative';
import { basePathOf, filesIn } from './build-files';

/**
 * Keeps links to the report working: every heading in the content carries a
 * written id; after the build, chapters get their link controls, every page
 * is checked for repeated ids, and every anchor in the registry must still
 * land somewhere (an alias anchor is added where an id was renamed).
 * Relative links in the content become root-relative, so print can show
 * their full address.
 */
export function publishAnchors(options: { content: string; registry: string }): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'report-anchors',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = basePathOf(config);
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
        // English first: a translation takes its paragraph ids from the English page.
        const files = (await filesIn(outDir, '.html'))
          .map((file) => ({ file, path: relative(outDir, file).split(sep).join('/') }))
          .sort((a, b) => Number(localeOfPath(a.path) !== sourceLocale) - Number(localeOfPath(b.path) !== sourceLocale));
        const englishParagraphs = new Map<string, ParagraphIds>();
        const englishIds = new Map<string, string[]>();
        const problems: string[] = [];
        for (const { file, path } of files) {
          const page = path.replace(/index\.html$/, '');
          const code = localeOfPath(page);
          const { t } = translator(code);
          const $ = cheerio.load(await readFile(file, 'utf8'));
          const chapter = $('article[data-chapter]').attr('data-chapter');
          const standalone = $('article[data-page]').length > 0;
          const source = $('article[data-source]').attr('data-source') ?? `dist/${path}`;
          if (chapter && code !== sourceLocale) {
            const original = englishParagraphs.get(unprefixedPath(page));
            if (original) problems.push(...adoptParagraphIds($, original, source));
          }
          if (chapter) decorateChapter($, `${base}${locales[code].prefix}cite/${chapter}/`, t);
          else if (standalone) decorateHeadings($, t);
          if (chapter && code === sourceLocale) englishParagraphs.set(page, paragraphIdsBySection($));
          const ids = checkUniqueIds($, `dist/${path}`);
          if (chapter || standalone) {
            if (code === sourceLocale) englishIds.set(page, publishableIds($));
            else problems.push(...sameAnchorProblems(englishIds.get(unprefixedPath(page)) ?? [], publishableIds($), source, { extrasAllowed: standalone }));
          }
          const entries = registry[page];
          if (entries) {
            applyRegistry($, ids, entries, { page, file: `dist/${path}` }, options.registry);
            seen.add(page);
          }
          const relinked = makeLinksRootRelative($, `${base}${page}`);
          if (chapter || standalone || entries || relinked) await writeFile(file, $.html());
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
