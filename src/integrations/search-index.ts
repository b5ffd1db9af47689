import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import * as pagefind from 'pagefind';
import { glossaryEntryIn, glossaryEntrySchema, type GlossaryEntry } from '../report/schemas/glossary';
import { addGlossaryToPage } from '../report/glossary-index';
import { readYaml } from '../report/yaml-text';
import { addHanWordsForIndex } from '../text/han-and-khmer';
import { filesIn } from './build-files';
import { localeOfPath, sourceLocale, unprefixedPath } from '../editions/locales';
import { wasmPreloadProblem } from '../outputs/search/search-assets';

/** Reads and checks the glossary; errors name the file, the entry and the field. */
export async function loadGlossary(path: string, displayName: string): Promise<GlossaryEntry[]> {
  const raw = readYaml(displayName, await readFile(path, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${displayName}: must be a list of entries`);
  return raw.map((item: unknown, index) => {
    const result = glossaryEntrySchema.safeParse(item);
    if (result.success) return result.data;
    const name = (item as { id?: unknown } | null)?.id ?? `#${index + 1}`;
    const problems = result.error.issues.map((issue) => `field "${issue.path.join('.')}" ${issue.message}`);
    throw new Error(`${displayName}: entry "${String(name)}": ${problems.join('; ')}`);
  });
}

/**
 * Word locations per file of the index. A search fetches only the files that
 * hold its words. At Pagefind's default, 20,000, each edition's index was one
 * or two files of 12–38 KB, which kept a first search on a slow phone over its
 * budget (README, "On a slow phone"); at 2,000 each file is under 5 KB and
 * the language's metadata grows by about 100 bytes. Pagefind 1.6 reads this
 * only from its indexing process's environment, as
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; tests/dist/budgets.test.ts fails if a
 * Pagefind that ignores it makes the files large again.
 */
const indexFileLocations = 2000;

/**
 * Builds the Pagefind index after Astro has written the pages. Each page is
 * indexed from a copy that carries what search needs and readers do not:
 * Chinese substrings as words, and glossary aliases at the defining section.
 */
export function searchIndex(options: { glossary: string }): AstroIntegration {
  let root = '';
  return {
    name: 'report-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const glossary = await loadGlossary(join(root, options.glossary), options.glossary);
        // Pagefind's indexing process starts here and inherits this environment.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexFileLocations);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const indexed = new Set<string>();
        for (const file of await filesIn(outDir, '.html')) {
          const path = relative(outDir, file).split(sep).join('/');
          if (path === '404.html') continue;
          const pagePath = path.replace(/index\.html$/, '');
          // Parsed once; the index reads a changed copy, and the served page stays as built.
          const $ = cheerio.load(await readFile(file, 'utf8'));
          if ($('[data-pagefind-body]').length === 0) continue;
          // Han words first: the glossary's names are added whole, and bracketed once.
          // Pagefind splits Chinese into words itself on Chinese pages: the
          // extra words are for English pages only (elsewhere they would
          // multiply the index).
          const code = localeOfPath(pagePath);
          if (code === sourceLocale) addHanWordsForIndex($);
          addGlossaryToPage($, unprefixedPath(pagePath), glossary.map((entry) => glossaryEntryIn(entry, code)), options.glossary);
          // Pagefind adds the base path itself, from where pagefind.js is served.
          const added = await index.addHTMLFile({ url: `/${pagePath}`, content: $.html() });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
          indexed.add(pagePath);
        }
        for (const entry of glossary) {
          const page = entry.see.split('#')[0]!;
          if (!indexed.has(page)) {
            throw new Error(`${options.glossary}: entry "${entry.id}", field "see": no page at ${page}`);
          }
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The search pages preload the WebAssembly before Pagefind names it: check the guess.
        const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as Parameters<typeof wasmPreloadProblem>[3];
        for (const file of await filesIn(outDir, '.html')) {
          const path = relative(outDir, file).split(sep).join('/');
          if (!path.endsWith('search/index.html')) continue;
          const $ = cheerio.load(await readFile(file, 'utf8'));
          const preloaded = $('link[rel="preload"]').map((_, link) => $(link).attr('href') ?? '').get();
          const problem = wasmPreloadProblem(path, $('html').attr('lang') ?? '', preloaded, entry);
          if (problem) throw new Error(problem);
        }
        logger.info(`indexed ${indexed.size} pages for search`);
      },
    },
  };
}
