/**
 * `npm run anchors:record`: publishes the site's new anchors. It builds the
 * site (with REPORT_RECORDING_ANCHORS=1, so new anchors are not yet a
 * problem; a published anchor that has gone still is), then
 *
 * - adds every new anchor of the built pages to the registry
 *   (`content/anchors.json`), once, under the English page (every edition
 *   carries its ids); an id only a translated page has goes under that
 *   page's own path. Each page's entries are kept in page order, which the
 *   build's "likely new id" hint reads;
 * - writes each new paragraph's id at its start in the English chapter
 *   (`{/* #p-id *\/} The words…`), the id it was built with, so later edits
 *   to its words leave it alone.
 *
 * It never removes or changes an entry: renaming is done by hand, once, as
 * `"old-id": "new-id"` under the English page. Nothing is written when the
 * build fails.
 */
import { spawnSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { publishableIds } from '../report/anchors.ts';
import { aliasesOf, entriesOfPage, isRecorded, type AnchorRegistry, type RegistryEntries } from '../report/anchor-registry.ts';
import { chapterSlug } from '../report/chapters.ts';
import { unprefixedPath } from '../editions/locales.ts';
import { writeParagraphIds } from '../rendering/write-paragraph-ids.ts';

const root = join(import.meta.dirname, '..', '..');
const registryPath = join(root, 'content', 'anchors.json');
const chaptersFolder = join(root, 'content', 'chapters');
const dist = join(root, 'dist');

// Astro's own script, run by this Node (the project's Node 22, under `npm run`).
const build = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, REPORT_RECORDING_ANCHORS: '1' },
});
if (build.error) throw build.error;
if (build.status !== 0) {
  console.error('anchors:record: the build failed (above); nothing was recorded or written.');
  process.exit(build.status ?? 1);
}

/** The published ids of every built page, by page path (`zh/chapters/x/`). */
const pages = new Map<string, string[]>();
for (const entry of await readdir(dist, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = join(entry.parentPath, entry.name);
  const page = relative(dist, file).split(sep).join('/').replace(/index\.html$/, '');
  pages.set(page, publishableIds(cheerio.load(await readFile(file, 'utf8'))));
}

const registry = JSON.parse(await readFile(registryPath, 'utf8')) as AnchorRegistry;
let added = 0;
for (const [page, ids] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
  const english = unprefixedPath(page);
  // A translated page records only what its English page does not have.
  const own = english === page ? ids : ids.filter((id) => !(pages.get(english) ?? []).includes(id));
  for (const id of own) {
    if (isRecorded(entriesOfPage(registry, page), id)) continue;
    (registry[page] ??= {})[id] = true;
    added++;
  }
  if (registry[page]) registry[page] = inPageOrder(registry[page], ids);
}
const sorted = Object.fromEntries(Object.entries(registry).sort(([a], [b]) => a.localeCompare(b)));
await writeFile(registryPath, `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`anchors:record: ${added} anchor(s) added to content/anchors.json`);

// The ids written are those the pages were just built with: check, then write.
const writes: Array<{ file: string; text: string; ids: string[] }> = [];
for (const name of (await readdir(chaptersFolder)).filter((file) => file.endsWith('.mdx')).sort()) {
  const file = join(chaptersFolder, name);
  const shown = relative(root, file).split(sep).join('/');
  const { text, written } = writeParagraphIds(await readFile(file, 'utf8'), shown);
  const built = new Set(pages.get(`chapters/${chapterSlug(name)}/`) ?? []);
  const strays = written.filter((id) => !built.has(id));
  if (strays.length > 0) throw new Error(`${shown}: the ids ${strays.join(', ')} are not on the built page; run the command again`);
  if (written.length > 0) writes.push({ file, text, ids: written });
}
for (const { file, text, ids } of writes) {
  await writeFile(file, text);
  console.log(`anchors:record: wrote ${ids.length} paragraph id(s) into ${relative(root, file).split(sep).join('/')}`);
}

/** A page's entries in the order its anchors appear, each alias just before the id it now points to. */
function inPageOrder(entries: RegistryEntries, ids: readonly string[]): RegistryEntries {
  const ordered: RegistryEntries = {};
  const aliases = aliasesOf(entries);
  for (const id of ids) {
    for (const [old, target] of aliases) if (target === id) ordered[old] = target;
    if (id in entries) ordered[id] = entries[id]!;
  }
  return { ...ordered, ...Object.fromEntries(Object.entries(entries).filter(([id]) => !(id in ordered))) };
}
