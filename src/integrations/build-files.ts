import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file below a folder, as absolute paths, optionally only those ending with `extension`. */
export async function filesIn(dir: string, extension = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Astro's `config.base` with the trailing slash our paths are joined to. */
export function basePathOf(config: { base: string }): string {
  return config.base.endsWith('/') ? config.base : `${config.base}/`;
}
