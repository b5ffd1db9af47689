import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addGlossaryToPage, aliasWords } from '../../src/report/glossary-index';
import { definitionFor, glossaryTerms, instantSections, termKey } from '../../src/report/glossary-terms';
import { pagefindWasmFile, wasmPreloadProblem } from '../../src/outputs/search/search-assets';
import { isSearchable, maxQueryLength, normaliseQuery } from '../../src/outputs/search/search-query';
import { byBestSection, promoteDefinition } from '../../src/scripts/search-results';
import type { PagefindResultData } from '../../src/scripts/pagefind';
import { loadGlossary } from '../../src/integrations/search-index';
import type { GlossaryEntry } from '../../src/report/schemas/glossary';

const entry = {
  id: 'snakehead',
  term: 'Snakehead',
  aliases: ['蛇头', 'smuggler'],
  searchAliases: ['trafficker'],
  definition: 'A smuggler who recruits and sells people.',
  searchOnly: false,
  see: 'chapters/routes/#snakeheads',
};

describe('normaliseQuery', () => {
  it('trims and collapses spaces', () => {
    expect(normaliseQuery('  snake   head \n')).toBe('snake head');
  });

  it('caps very long queries without splitting a character', () => {
    const query = normaliseQuery('🙂'.repeat(2000));
    expect([...query]).toHaveLength(maxQueryLength);
    expect(query.endsWith('🙂')).toBe(true);
  });

  it('treats null as empty', () => {
    expect(normaliseQuery(null)).toBe('');
  });
});

describe('isSearchable', () => {
  it('needs a letter or a digit in any script', () => {
    expect(isSearchable('蛇头')).toBe(true);
    expect(isSearchable('مرحبا')).toBe(true);
    expect(isSearchable('2019')).toBe(true);
    expect(isSearchable('.*+?^${}()|[]')).toBe(false);
    expect(isSearchable('🙂🙃')).toBe(false);
  });
});

describe('glossary terms', () => {
  it('maps every name of a term to its section, ignoring case and dashes', () => {
    const terms = glossaryTerms([entry], '/report/');
    expect(terms[termKey('SNAKEHEAD')]).toBe('/report/chapters/routes/#snakeheads');
    expect(terms[termKey('蛇头')]).toBe('/report/chapters/routes/#snakeheads');
    expect(termKey('Cambodia-China  Charity Team')).toBe(termKey('cambodia china charity team'));
    expect(terms[termKey('trafficker')]).toBe('/report/chapters/routes/#snakeheads');
  });

  it('finds the term a query of several words names, even in part', () => {
    const terms = glossaryTerms(
      [
        { term: 'China Road and Bridge Corporation', aliases: [], see: 'chapters/bri/#expressway' },
        { term: 'Belt and Road Initiative', aliases: [], see: 'chapters/bri/#bri' },
        { term: 'Online gambling permits', aliases: [], see: 'chapters/casinos/#crackdown' },
        { term: 'Online gambling', aliases: [], see: 'chapters/casinos/#warning' },
        { term: 'China Labor Watch', aliases: [], see: 'about/#source' },
      ],
      '/',
    );
    expect(definitionFor(terms, 'China Road and Bridge')).toBe('/chapters/bri/#expressway');
    expect(definitionFor(terms, 'online gambling permit')).toBe('/chapters/casinos/#crackdown');
    expect(definitionFor(terms, 'Online gambling')).toBe('/chapters/casinos/#warning');
    // One word could be any of several terms: no guess.
    expect(definitionFor(terms, 'China')).toBeUndefined();
    expect(definitionFor(terms, 'road bridge stadium')).toBeUndefined();
  });
});

describe('the first links, before the index is in', () => {
  const file = {
    terms: glossaryTerms([{ term: 'Snakehead', aliases: ['蛇头', 'smuggler'], see: 'chapters/routes/#snakeheads' }], '/'),
    sections: [
      ['/chapters/routes/#lures', 'Recruitment', 'The lures'],
      ['/chapters/routes/#snakeheads', 'Recruitment', 'Snakeheads: the smugglers who recruit'],
      ['/chapters/zone/#ssez', 'The zone', 'The Sihanoukville Special Economic Zone'],
      ['/zh/chapters/routes/#passports', '招募', '一抵达护照就被收走'],
    ] as Array<[string, string, string]>,
  };

  it('offer the section the glossary names for the term first, in any of its names', () => {
    expect(instantSections(file, 'smuggler')[0]![0]).toBe('/chapters/routes/#snakeheads');
    expect(instantSections(file, '蛇头').map(([url]) => url)).toEqual(['/chapters/routes/#snakeheads']);
  });

  it('offer sections whose title holds every word of the query, or the whole Chinese query', () => {
    expect(instantSections(file, 'special economic').map(([url]) => url)).toEqual(['/chapters/zone/#ssez']);
    expect(instantSections(file, '护照').map(([url]) => url)).toEqual(['/zh/chapters/routes/#passports']);
    expect(instantSections(file, 'special stadium')).toEqual([]);
  });
});

describe('the search page’s WebAssembly preload', () => {
  const entry = { languages: { en: { wasm: 'en' }, 'zh-hans': { wasm: null } } };

  it('is the file Pagefind uses for the page’s language', () => {
    expect(pagefindWasmFile('en')).toBe('wasm.en.pagefind');
    expect(pagefindWasmFile('zh-Hans')).toBe('wasm.unknown.pagefind');
    expect(pagefindWasmFile('en-XA')).toBe('wasm.en-xa.pagefind');
    expect(wasmPreloadProblem('search/index.html', 'en', ['/pagefind/wasm.en.pagefind'], entry)).toBeUndefined();
  });

  it('fails the build, naming the page and both files, when it is not', () => {
    expect(wasmPreloadProblem('zh/search/index.html', 'zh-Hans', ['/pagefind/wasm.zh.pagefind'], entry)).toBe(
      'zh/search/index.html: preloads /pagefind/wasm.zh.pagefind, but Pagefind searches "zh-Hans" pages with wasm.unknown.pagefind; correct pagefindWasmFile in src/outputs/search/search-assets.ts',
    );
  });
});

describe('addGlossaryToPage', () => {
  const html = '<article data-pagefind-body><h2 id="snakeheads">Snakeheads</h2><p>Text</p></article>';
  /** The page as the index reads it, after the glossary's names are added. */
  const indexed = (pagePath: string, entries: GlossaryEntry[], file = 'content/glossary.yaml') => {
    const $ = cheerio.load(html);
    addGlossaryToPage($, pagePath, entries, file);
    return $('body').html();
  };

  it('adds the names after the defining heading, weighted like a heading', () => {
    expect(indexed('chapters/routes/', [entry])).toContain(
      '<h2 id="snakeheads">Snakeheads</h2><p data-pagefind-weight="7">⟦ Snakehead; 蛇头; smuggler; trafficker ⟧</p><p>Text</p>',
    );
  });

  it('leaves other pages alone', () => {
    expect(indexed('about/', [entry])).toBe(cheerio.load(html)('body').html());
    expect(aliasWords([entry])).toBe('⟦ Snakehead; 蛇头; smuggler; trafficker ⟧');
  });

  it('names the file, the entry and the field when the section is missing', () => {
    expect(() =>
      indexed('chapters/routes/', [{ ...entry, see: 'chapters/routes/#gone' }]),
    ).toThrow('content/glossary.yaml: entry "snakehead", field "see": there is no heading with id "gone" on chapters/routes/');
  });

  it('escapes markup in names', () => {
    expect(indexed('chapters/routes/', [{ ...entry, aliases: ['<b>'] }], 'g')).toContain('&lt;b&gt;');
  });
});

describe('loadGlossary', () => {
  it('names the file, the entry and the field of a bad entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    const file = join(dir, 'glossary.yaml');
    writeFileSync(file, '- id: broken\n  term: Broken\n  definition: Too short\n  see: nowhere\n');
    await expect(loadGlossary(file, 'content/glossary.yaml')).rejects.toThrow(
      /content\/glossary\.yaml: entry "broken": field "definition" must be at least 20 characters; field "see" must be a page path/,
    );
  });
});

function result(url: string, subs: Array<[string, number]>): PagefindResultData {
  return {
    url,
    excerpt: '',
    content: '',
    anchors: [],
    meta: { title: url },
    filters: {},
    sub_results: subs.map(([sub, score]) => ({
      url: sub,
      title: sub,
      excerpt: '',
      weighted_locations: [{ balanced_score: score }],
    })),
  };
}

describe('ranking', () => {
  const mentions = result('/a/', [['/a/#one', 5], ['/a/#two', 6]]);
  const explains = result('/b/', [['/b/#intro', 1], ['/b/#defined', 40]]);

  it('puts the page with the best-matching section first, and that section first', () => {
    const ranked = byBestSection([mentions, explains]);
    expect(ranked.map((entry) => entry.url)).toEqual(['/b/', '/a/']);
    expect(ranked[0]!.sub_results[0]!.url).toBe('/b/#defined');
  });

  it('puts the glossary section first when the query is a glossary name', () => {
    const promoted = promoteDefinition([explains, mentions], '/a/#two');
    expect(promoted.map((entry) => entry.url)).toEqual(['/a/', '/b/']);
    expect(promoted[0]!.sub_results[0]!.url).toBe('/a/#two');
  });

  it('changes nothing when the glossary page is not among the results', () => {
    expect(promoteDefinition([explains], '/zzz/#x')).toEqual([explains]);
  });
});

describe('glossary names with a bracketed short form', () => {
  it('are found whole, without the brackets, and by the short form alone', async () => {
    const { nameForms } = await import('../../src/report/glossary-terms');
    expect(nameForms('西哈努克港经济特区（SSEZ）')).toEqual(['西哈努克港经济特区（SSEZ）', '西哈努克港经济特区', 'SSEZ']);
    expect(nameForms('Belt and Road Initiative (BRI)')).toEqual(['Belt and Road Initiative (BRI)', 'Belt and Road Initiative', 'BRI']);
    expect(nameForms('Snakehead')).toEqual(['Snakehead']);
  });
});
