import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnchorRegistry } from '../report/anchors';
import { DistCheck } from './dist-check';
import { headingsWithoutIds } from '../report/heading-ids';
import { basePathOf, filesIn } from './build-files';
import { contentFileOf } from '../rendering/content-file';
import { unwrittenParagraphs } from '../rendering/write-paragraph-ids';
import { sourceLocale } from '../editions/locales';

/**
 * Keeps the links to the report and within it working. Before the build,
 * every heading in the content must carry a written id. After it, the built
 * site is read, never rewritten (the link controls and alias anchors are made
 * while the MDX renders, in src/rendering/link-controls.ts), once, with one
 * parser, by src/integrations/dist-check.ts: repeated ids, translated pages without
 * their English page's ids, registered anchors that no longer land, and
 * internal links, assets and fragments that do not resolve all fail the
 * build, each named with its file and the link or id; so do new anchors not
 * yet recorded, and paragraphs of English chapters whose id is not yet
 * written into the text, named with the file and line (`npm run
 * anchors:record` does both, building with `recording` set).
 */
export function checkDist(options: { content: string; registry: string; recording?: boolean }): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'report-dist-check',
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
        const files = (await filesIn(outDir)).map((file) => relative(outDir, file).split(sep).join('/'));
        const unwritten = options.recording ? [] : await unwrittenParagraphIds(root, options.content);
        const check = new DistCheck(new Set(files), { basePath: base, registry, registryFile: options.registry, recording: options.recording ?? false, unwritten });
        const pages = files.filter((file) => file.endsWith('.html'));
        for (const file of pages) check.add(file, await readFile(join(outDir, file), 'utf8'));
        const problems = check.finish();
        if (problems.length > 0) throw new Error(`The built site has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
        const anchors = Object.values(registry).reduce((n, ids) => n + Object.keys(ids).length, 0);
        logger.info(`checked the links and ids of ${pages.length} pages and ${anchors} published anchors`);
      },
    },
  };
}

/** Each paragraph of an English chapter whose id is not written into the text yet, with its page and a message naming the file and line. */
async function unwrittenParagraphIds(root: string, content: string): Promise<Array<{ page: string; id: string; message: string }>> {
  const found = [];
  for (const file of await filesIn(join(root, content), '.mdx')) {
    const source = contentFileOf(file, { root, content, generated: 'generated' });
    if (source?.kind !== 'chapter' || source.code !== sourceLocale) continue;
    const name = relative(root, file).split(sep).join('/');
    for (const paragraph of unwrittenParagraphs(await readFile(file, 'utf8'), name)) {
      found.push({
        page: `chapters/${source.slug}/`,
        id: paragraph.id,
        message:
          `${name}:${paragraph.line}: the paragraph "${paragraph.opening}…" is new: its id (#${paragraph.id}) is not yet recorded or written into the text; ` +
          'run `npm run anchors:record` to publish it, then commit the chapter and content/anchors.json',
      });
    }
  }
  return found;
}
