import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { basePathOf, filesIn } from './build-files';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLinks, type BuiltPage } from './link-check';

/**
 * Fails the build on any broken internal link, missing asset or missing
 * `#fragment`, naming the chapter's source file (or the built page) and the link.
 */
export function checkBuiltLinks(options: { chapters: string }): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'report-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePathOf(config);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = (await filesIn(outDir)).map((file) => relative(outDir, file).split(sep).join('/'));
        const pages: BuiltPage[] = await Promise.all(
          files
            .filter((file) => file.endsWith('.html'))
            .map(async (file) => ({
              path: file.replace(/index\.html$/, ''),
              html: await readFile(join(outDir, file), 'utf8'),
            })),
        );
        const sources = await readdir(join(root, options.chapters)).catch(() => [] as string[]);
        const sourceOf = (page: string) => {
          const slug = /^chapters\/([^/]+)\/$/.exec(page)?.[1];
          const source = slug && sources.find((name) => name.replace(/^\d+[-_]/, '').replace(/\.mdx?$/, '') === slug);
          return source ? `${options.chapters}/${source}` : `dist/${page}index.html`;
        };
        const problems = checkLinks(pages, new Set(files), base);
        if (problems.length > 0) {
          throw new Error(
            `Broken links:\n${problems.map((p) => `  ${sourceOf(p.page)}: ${p.link}: ${p.problem}`).join('\n')}`,
          );
        }
        logger.info(`checked the links of ${pages.length} pages`);
      },
    },
  };
}
