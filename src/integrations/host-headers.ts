import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { hostHeaders } from '../config/security';
import { basePathOf } from './build-files';

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
        await writeFile(new URL('_headers', dir), hostHeaders(base));
      },
    },
  };
}
