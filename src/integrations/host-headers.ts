import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentPatterns, hostHeaders } from '../config/security';
import { basePathOf, filesIn } from './build-files';

/** Writes `_headers` (see src/config/security.ts) next to the built pages. */
export function hostHeadersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'report-host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePathOf(config);
      },
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const paths = (await filesIn(outDir)).map((file) => relative(outDir, file).split(sep).join('/'));
        await writeFile(new URL('_headers', dir), hostHeaders(base, documentPatterns(base, paths)));
      },
    },
  };
}
