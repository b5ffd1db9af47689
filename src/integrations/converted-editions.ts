import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conversionOf, localeCodes } from '../editions/locales.ts';
import { convertedFile } from './converted-file.ts';

/**
 * Writes the converted editions' content before Astro reads any: for each
 * edition converted from another (the registry's `conversion`; the
 * Traditional edition is the Simplified one), every file of
 * `content/<folder>/<from>/` converted into `generated/<folder>/<edition>/`
 * (outside content/, not committed), so a converted text always follows its
 * source and is never edited by hand. Runs when the build or `astro dev`
 * starts; `astro dev` then converts again each source file that is added or
 * changed (and removes the converted file of one that is deleted), and the
 * content layer, which watches `generated/`, shows the new text. The
 * glossary, interface strings and visual labels are converted as they are
 * read, so they need no file here.
 */
export function convertedEditions(options: { content: string; generated: string; folders: string[] }): AstroIntegration {
  let root = '';
  const conversions = () =>
    localeCodes.flatMap((code) => {
      const conversion = conversionOf(code);
      return conversion ? [{ code, conversion }] : [];
    });
  /** Where an edition's file of a folder comes from and goes to. */
  const places = (code: string, from: string, folder: string) => ({
    from: join(root, options.content, folder, from),
    to: join(root, options.generated, folder, code),
    origin: (name: string) => `${options.content}/${folder}/${from}/${name}`,
  });
  return {
    name: 'report-converted-editions',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        root = fileURLToPath(config.root);
        for (const { code, conversion } of conversions()) {
          let written = 0;
          for (const folder of options.folders) {
            const { from, to, origin } = places(code, conversion.from, folder);
            const names = (await readdir(from).catch(() => [] as string[])).filter((name) => name.endsWith('.mdx'));
            await rm(to, { recursive: true, force: true });
            if (names.length === 0) continue;
            await mkdir(to, { recursive: true });
            for (const name of names) {
              await writeFile(join(to, name), convertedFile(await readFile(join(from, name), 'utf8'), conversion, origin(name)));
              written++;
            }
          }
          logger.info(`converted ${written} files of the ${conversion.from} edition to the ${code} edition`);
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = conversions().flatMap(({ code, conversion }) => options.folders.map((folder) => ({ code, conversion, ...places(code, conversion.from, folder) })));
        server.watcher.add(watched.map((place) => place.from));
        server.watcher.on('all', (event, path) => {
          const place = watched.find((candidate) => dirname(path) === candidate.from);
          if (!place || !path.endsWith('.mdx') || !['add', 'change', 'unlink'].includes(event)) return;
          const name = basename(path);
          const target = join(place.to, name);
          const update =
            event === 'unlink'
              ? rm(target, { force: true })
              : readFile(path, 'utf8').then(async (text) => {
                  await mkdir(place.to, { recursive: true });
                  await writeFile(target, convertedFile(text, place.conversion, place.origin(name)));
                });
          update.then(
            () => logger.info(`${event === 'unlink' ? 'removed' : 'converted'} ${relative(root, target)} (from ${place.origin(name)})`),
            (error: unknown) => logger.error(`could not convert ${place.origin(name)}: ${error instanceof Error ? error.message : String(error)}`),
          );
        });
      },
    },
  };
}
