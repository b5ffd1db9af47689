/**
 * Records, in a translation's frontmatter (`sources`), the fingerprint of
 * each English section it translates, so the build can tell when the English
 * text of a section changes afterwards. Run it when a translation has been
 * brought up to date with the English text:
 *
 *   npm run translations:record -- content/chapters/zh-hans/01-sihanoukville.mdx
 *   npm run translations:record -- --all   (every translation: only when all follow English)
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { recordedSources, withSources } from '../report/record-sources.ts';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);

/** Every written translation: `content/<folder>/<edition>/<name>.mdx` (converted editions follow their source). */
async function allTranslations(): Promise<string[]> {
  const files: string[] = [];
  for (const folder of ['chapters', 'pages']) {
    for (const entry of await readdir(join(root, 'content', folder), { withFileTypes: true, recursive: true })) {
      if (entry.isFile() && entry.name.endsWith('.mdx') && entry.parentPath !== join(root, 'content', folder)) files.push(join(entry.parentPath, entry.name));
    }
  }
  return files.sort();
}

const files = args.includes('--all') ? await allTranslations() : args.map((file) => join(process.cwd(), file));
if (files.length === 0) {
  console.error('Name the translations to record: npm run translations:record -- content/chapters/<edition>/<file>.mdx (or --all)');
  process.exit(1);
}
for (const file of files) {
  const shown = relative(root, file).split(sep).join('/');
  const english = join(dirname(dirname(file)), basename(file));
  const [englishText, text] = await Promise.all([readFile(english, 'utf8'), readFile(file, 'utf8')]).catch(() => {
    console.error(`${shown}: cannot read it, or its English original ${relative(root, english)}`);
    process.exit(1);
  });
  const { sources, skipped } = recordedSources(englishText, text);
  await writeFile(file, withSources(text, sources, shown));
  console.log(`${shown}: recorded the English text of ${sources.size} section(s)${skipped.length ? `; not translated yet (shown in English): ${skipped.join(', ')}` : ''}`);
}
