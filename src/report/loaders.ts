/**
 * The content loaders: every content file is read so that a mistake stops
 * `astro sync` and `astro build` with the file, line and column (or the file
 * and the field), never a logged line and an empty or quietly different page.
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { repeatedHeadingIds } from './heading-ids';
import { LocatedError } from './located-error';
import { convertedFrom } from '../integrations/converted-file';
import { readFrontmatter, readYamlList } from './yaml-text';

type GlobOptions = Parameters<typeof glob>[0];

/** A path relative to the project, with forward slashes, as messages print it. */
function projectPath(config: LoaderContext['config'], absolute: string): string {
  return relative(fileURLToPath(config.root), absolute).split(sep).join('/');
}

/**
 * MDX files, loaded by Astro's `glob()`, with two changes made as each file is read:
 * - its frontmatter is read as the data files are (src/report/yaml-text.ts), so
 *   `updated: 2026-02-30` reaches the schema as the author wrote it, and is
 *   refused, rather than as the Date of 2 March that Astro's YAML reader makes;
 * - a heading id used twice in one file fails naming that file and both lines
 *   (files under `written`, the folder authors edit: a converted copy repeats
 *   its source's mistake, which its source reports).
 */
export function mdxFiles(options: GlobOptions & { written: string }): Loader {
  const { written, ...globOptions } = options;
  const loader = glob(globOptions);
  return {
    ...loader,
    name: 'report-mdx-files',
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (entry) => {
          if (!entry.filePath) return context.parseData(entry);
          const file = projectPath(context.config, entry.filePath);
          const text = await readFile(entry.filePath, 'utf8');
          if (file.startsWith(`${written}/`)) {
            const [repeat] = repeatedHeadingIds(text);
            if (repeat) throw new LocatedError(file, repeat.line, undefined, `the heading id "${repeat.id}" is already used on line ${repeat.firstLine}; each heading needs an id of its own`);
          }
          // A converted copy repeats its source's mistake: name the file to edit,
          // whichever of the two Astro happens to check first.
          const origin = file.startsWith(`${written}/`) ? undefined : convertedFrom(text);
          try {
            return await context.parseData({ ...entry, data: readFrontmatter(origin ?? file, text) as typeof entry.data });
          } catch (error) {
            if (origin && error instanceof Error) error.message = `${origin} (converted to ${file}): ${error.message}`;
            throw error;
          }
        },
      }),
  };
}

/**
 * A YAML file holding a list of entries, each with an `id` (the corrections
 * log, the glossary). Unlike Astro's `file()`, which logs a YAML mistake and
 * leaves the collection empty (the corrections log and its feed then publish
 * nothing, and the build succeeds), a mistake stops the build at its line.
 */
export function yamlList(file: string): Loader {
  return {
    name: 'report-yaml-list',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const path = fileURLToPath(new URL(file, config.root));
      const sync = async () => {
        const entries = readYamlList(file, await readFile(path, 'utf8'));
        const lines = new Map<string, number>();
        const parsed = [];
        for (const { data, line } of entries) {
          const id = data['id'];
          if (typeof id !== 'string' || id === '') throw new LocatedError(file, line, undefined, 'the entry has no "id"');
          const first = lines.get(id);
          if (first !== undefined) throw new LocatedError(file, line, undefined, `the id "${id}" is already used by the entry on line ${first}`);
          lines.set(id, line);
          parsed.push({ id, data: await parseData({ id, data, filePath: path }) });
        }
        store.clear();
        for (const { id, data } of parsed) store.set({ id, data, filePath: file });
      };
      await sync();
      // `astro dev`: read again on each save; a mistake is shown and the last good entries stay.
      watcher?.add(path);
      watcher?.on('change', async (changed) => {
        if (changed !== path) return;
        try {
          await sync();
          logger.info(`Reloaded ${file}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}
