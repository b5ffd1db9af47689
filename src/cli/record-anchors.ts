/**
 * Adds the anchors of the built site to the committed registry
 * (`content/anchors.json`) so they count as published. Never removes or
 * changes an entry: renaming is done by hand, as `"old-id": "new-id"`.
 * Run `npm run anchors:record` after adding a section, finding or term.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { publishableIds, type AnchorRegistry } from '../report/anchors.ts';

const root = join(import.meta.dirname, '..', '..');
const registryPath = join(root, 'content', 'anchors.json');
const dist = join(root, 'dist');

const registry = JSON.parse(await readFile(registryPath, 'utf8')) as AnchorRegistry;
let added = 0;
const entries = await readdir(dist, { withFileTypes: true, recursive: true });
for (const entry of entries.filter((item) => item.isFile() && item.name.endsWith('.html'))) {
  const file = join(entry.parentPath, entry.name);
  const page = relative(dist, file).split(sep).join('/').replace(/index\.html$/, '');
  const ids = publishableIds(cheerio.load(await readFile(file, 'utf8')));
  for (const id of ids) {
    const pageEntries = (registry[page] ??= {});
    if (!(id in pageEntries) && !Object.values(pageEntries).includes(id)) {
      pageEntries[id] = true;
      added++;
    }
  }
}
const sorted = Object.fromEntries(Object.entries(registry).sort(([a], [b]) => a.localeCompare(b)));
await writeFile(registryPath, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`${added} anchor(s) added to content/anchors.json`);
