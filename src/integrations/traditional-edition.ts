import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toTraditionalSource } from '../i18n/traditional';

/**
 * Writes the Traditional edition's content before Astro reads any: every
 * file of `content/<folder>/zh-hans/` converted into
 * `generated/<folder>/zh-hant/` (outside content/, not committed), so the
 * Traditional text always follows the Simplified text and is never edited by hand.
 */
export function traditionalEdition(options: { content: string; generated: string; folders: string[] }): AstroIntegration {
  return {
    name: 'report-traditional-edition',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        let written = 0;
        for (const folder of options.folders) {
          const from = join(root, options.content, folder, 'zh-hans');
          const to = join(root, options.generated, folder, 'zh-hant');
          const names = (await readdir(from).catch(() => [] as string[])).filter((name) => name.endsWith('.mdx'));
          await rm(to, { recursive: true, force: true });
          if (names.length === 0) continue;
          await mkdir(to, { recursive: true });
          for (const name of names) {
            const converted = toTraditionalSource(await readFile(join(from, name), 'utf8'));
            // A note after the frontmatter (which must come first) for anyone who opens the file.
            const note = `\n{/* Generated from ${options.content}/${folder}/zh-hans/${name} by src/integrations/traditional-edition.ts: edit the Simplified file, never this one. */}\n`;
            await writeFile(join(to, name), converted.replace(/^(---\n[\s\S]*?\n---\n)/, `$1${note}`));
            written++;
          }
        }
        logger.info(`converted ${written} Simplified Chinese files to the Traditional edition`);
      },
    },
  };
}
