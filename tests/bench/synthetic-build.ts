/**
 * Builds a copy of the project, optionally with every chapter repeated, in
 * every edition, and times it. Used by the benchmarks, never by the tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** Builds a copy of the project whose chapters are repeated `times` times; returns seconds. */
export function timedBuild(times: number): { seconds: number; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), `report-bench-${times}x-`));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  if (times > 1) {
    const chapters = join(dir, 'content', 'chapters');
    const originals = readdirSync(chapters).filter((name) => name.endsWith('.mdx'));
    // Every edition: each copy of an English chapter needs its Simplified translation (Traditional follows).
    const translations = readdirSync(chapters, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(chapters, entry.name));
    let order = originals.length;
    for (let copy = 2; copy <= times; copy++) {
      for (const name of originals) {
        order++;
        for (const folder of translations) {
          const translated = readFileSync(join(folder, name), 'utf8')
            .replace(/^title: (["']?)(.*?)\1$/m, (_line, quote: string, title: string) => `title: ${quote}${title}（副本 ${copy}）${quote}`)
            .replace(/id: finding-([a-z0-9-]+)/g, `id: finding-$1-${copy}`)
            .replace(/\{#([a-z0-9-]+)\}/g, `{#$1-${copy}}`)
            .replace(/<(Timeline|CambodiaMap|RegionMap)[^>]*\/>/g, '');
          writeFileSync(join(folder, name.replace(/^\d+-/, `${String(order).padStart(3, '0')}-`).replace(/\.mdx$/, `-${copy}.mdx`)), translated);
        }
        const text = readFileSync(join(chapters, name), 'utf8')
          // The report has one conclusion; a copy's is an ordinary finding, which is shorter.
          .replace(/^(\s+)text: .*\n(\s+section: .*)\n\s+conclusion: true\n/m, '$1text: The copied conclusion, an ordinary finding in this synthetic report.\n$2\n')
          .replace(/^order: \d+$/m, `order: ${order}`)
          .replace(/^title: (.*)$/m, `title: $1 (copy ${copy})`)
          .replace(/id: finding-([a-z0-9-]+)/g, `id: finding-$1-${copy}`)
          // A finding points to its copied section; only the real report leads the home page.
          .replace(/^(\s+section: )([a-z0-9-]+)$/gm, `$1$2-${copy}`)
          .replace(/^\s+headline: true\n/gm, '')
          // Ids stay unique on the single-page edition, which holds every chapter.
          .replace(/\{#([a-z0-9-]+)\}/g, `{#$1-${copy}}`)
          .replace(/<(Timeline|CambodiaMap|RegionMap)[^>]*\/>/g, '');
        writeFileSync(join(chapters, name.replace(/^\d+-/, `${String(order).padStart(3, '0')}-`).replace(/\.mdx$/, `-${copy}.mdx`)), text);
      }
    }
  }
  const started = performance.now();
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // The 50× single-page edition is large; give the build room (the machine has 24 GB).
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`the ${times}× build failed:\n${result.stdout}\n${result.stderr}`);
  const pages = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  rmSync(dir, { recursive: true, force: true });
  return { seconds, pages };
}
