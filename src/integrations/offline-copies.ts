import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as bundle } from 'esbuild';
import { filesIn, basePathOf } from './build-files';
import { getLocale, localeCodes } from '../editions/locales';
import { editionFiles, fillSize, offlineManifest, sizeMarker, type BuiltFile, type PagefindEntry } from '../outputs/offline/manifest';
import { manifestFileName, serviceWorkerFileName, type OfflineManifest } from '../outputs/offline/names';
import type { ServiceWorkerConfig } from '../outputs/offline/service-worker';

/**
 * After the pages and the search index are written: each edition's list of
 * files to save for offline reading (`<edition>/offline.json`), its size
 * written into the pages' offline controls, and the service worker
 * (`sw.js`), bundled from src/outputs/offline/service-worker.ts with this
 * build's id. Nothing here runs in a reader's browser until they ask to save.
 */
export function offlineCopies(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'report-offline-copies',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePathOf(config);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const paths = (await filesIn(outDir)).map((file) => relative(outDir, file).split(sep).join('/')).sort();
        const files: BuiltFile[] = await Promise.all(paths.map(async (path) => ({ path, bytes: (await stat(join(outDir, path))).size })));
        const entryPath = 'pagefind/pagefind-entry.json';
        const entry = JSON.parse(await readFile(join(outDir, entryPath), 'utf8').catch(() => {
          throw new Error(`dist/${entryPath}: missing; the offline copies need the search index written first (searchIndex before offlineCopies in astro.config.mjs)`);
        })) as PagefindEntry;
        const chosen = Object.fromEntries(localeCodes.map((code) => [code, editionFiles(files, getLocale(code), entry, `dist/${entryPath}`)]));

        // The build's id: what the saved files hold, so a build that changes any of them makes a new service worker.
        const hash = createHash('sha256');
        for (const path of new Set(Object.values(chosen).flatMap((list) => list.map((file) => file.path)))) {
          hash.update(path).update('\0').update(await readFile(join(outDir, path)));
        }
        const build = hash.digest('hex').slice(0, 12);

        const manifests: Record<string, string> = {};
        for (const code of localeCodes) {
          const manifest: OfflineManifest = offlineManifest(build, code, base, chosen[code]!);
          const prefix = getLocale(code).prefix;
          manifests[code] = `${base}${prefix}${manifestFileName}`;
          await writeFile(join(outDir, prefix, manifestFileName), JSON.stringify(manifest));
          // The marker is as wide as the digits, so the pages' sizes, measured above, stay true.
          for (const file of chosen[code]!.filter((file) => file.path.endsWith('.html'))) {
            const html = await readFile(join(outDir, file.path), 'utf8');
            if (html.includes(sizeMarker)) await writeFile(join(outDir, file.path), fillSize(html, manifest.bytes));
          }
          logger.info(`${code}: ${manifest.files.length} files, ${(manifest.bytes / 1e6).toFixed(1)} MB to save for offline reading`);
        }
        const unfilled = [];
        for (const path of paths.filter((path) => path.endsWith('.html'))) {
          if ((await readFile(join(outDir, path), 'utf8')).includes(`data-offline-bytes="${sizeMarker}"`)) unfilled.push(path);
        }
        if (unfilled.length > 0) throw new Error(`${unfilled.join(', ')}: an offline control on a page no edition saves; its size cannot be known`);

        const config: ServiceWorkerConfig = { build, basePath: base, manifests };
        const script = await bundle({
          stdin: {
            contents: `import { startServiceWorker } from './service-worker.ts';\nstartServiceWorker(${JSON.stringify(config)});\n`,
            resolveDir: join(root, 'src', 'outputs', 'offline'),
            loader: 'ts',
          },
          bundle: true,
          write: false,
          format: 'iife',
          target: 'es2022',
          legalComments: 'none',
        });
        await writeFile(join(outDir, serviceWorkerFileName), script.outputFiles[0]!.contents);
      },
    },
  };
}
