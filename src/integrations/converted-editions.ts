import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conversionOf, localeCodes } from '../editions/locales.ts';
import { convertedFile } from './converted-file.ts';

/**
 * Writes the converted editions' content before Astro reads any: for each
 * edition converted from another (the registry's `conversion`; the
 * Traditional edition is the Simplified one), every file of
 * `content/<folder>/<from>/` converted into `generated/<folder>/<edition>/`
 * (outside content/, not committed), so a converted text always follows its
 * source and is never edited by hand. Runs when the build or `astro dev` starts.
 */
export function convertedEditions(options: { content: string; generated: string; folders: string[] }): AstroIntegration {
  return {
    name: 'report-converted-editions',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        for (const code of localeCodes) {
          const conversion = conversionOf(code);
          if (!conversion) continue;
          let written = 0;
          for (const folder of options.folders) {
            const from = join(root, options.content, folder, conversion.from);
            const to = join(root, options.generated, folder, code);
            const names = (await readdir(from).catch(() => [] as string[])).filter((name) => name.endsWith('.mdx'));
            await rm(to, { recursive: true, force: true });
            if (names.length === 0) continue;
            await mkdir(to, { recursive: true });
            for (const name of names) {
              const origin = `${options.content}/${folder}/${conversion.from}/${name}`;
              await writeFile(join(to, name), convertedFile(await readFile(join(from, name), 'utf8'), conversion, origin));
              written++;
            }
          }
          logger.info(`converted ${written} files of the ${conversion.from} edition to the ${code} edition`);
        }
      },
    },
  };
}
