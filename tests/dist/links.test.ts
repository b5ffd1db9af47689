import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseBasePath } from '../../src/config/site';
import { checkLinks } from '../../src/integrations/link-check';

describe('links in the built site', () => {
  it('has no broken internal link, missing #fragment or missing asset', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).map((file) => file.split('\\').join('/'));
    const pages = files
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ path: file.replace(/index\.html$/, ''), html: readFileSync(join('dist', file), 'utf8') }));
    expect(pages.length).toBeGreaterThan(50);
    expect(checkLinks(pages, new Set(files), normaliseBasePath(process.env['BASE_PATH']))).toEqual([]);
  });
});
