import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseBasePath } from '../../src/config/site';
import type { AnchorRegistry } from '../../src/report/anchors';
import { DistCheck } from '../../src/integrations/dist-check';

describe('links and ids in the built site', () => {
  it('has no broken internal link, missing #fragment, missing asset, repeated id or lost published anchor', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).map((file) => file.split('\\').join('/'));
    const registry = JSON.parse(readFileSync('content/anchors.json', 'utf8')) as AnchorRegistry;
    const check = new DistCheck(new Set(files), { basePath: normaliseBasePath(process.env['BASE_PATH']), registry, registryFile: 'content/anchors.json' });
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) check.add(file, readFileSync(join('dist', file), 'utf8'));
    expect(check.finish()).toEqual([]);
  });
});
