import { describe, expect, it } from 'vitest';
import english from '../../src/editions/en.json';
import simplified from '../../src/editions/zh-hans.json';
import { apa, bibtex, chicago, gbt7714, ris, withAccessDate, type CitationSource } from '../../src/outputs/citations/citation';
import { citationSource, citationWords } from '../../src/outputs/citations/cite-source';
import { localeCodes } from '../../src/editions/locales';

/** The interface strings as the page fills them: `{name}` replaced by its value. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const report: CitationSource = {
  author: 'China Labor Watch',
  report: 'The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia',
  editionDate: '2026-11-24',
  edition: fill(english['cite.edition'], { edition: 'English' }),
  url: 'https://example.org/',
  words: citationWords('en'),
};
const section: CitationSource = {
  ...report,
  part: fill(english['cite.partSection'], {
    section: 'Snakeheads: the smugglers who recruit',
    chapter: 'Trafficking routes and recruitment',
  }),
  url: 'https://example.org/chapters/trafficking-and-recruitment/#snakeheads',
};

describe('citations', () => {
  it('APA for the report says the web edition is a restatement', () => {
    expect(apa(report)).toBe(
      'China Labor Watch. (n.d.). The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia [English web edition, a restatement of the report, November 24, 2026]. Retrieved [Month Day, Year], from https://example.org/',
    );
  });

  it('APA for a section keeps CLW\'s title and describes the section as the web edition\'s', () => {
    expect(apa(section)).toBe(
      'China Labor Watch. (n.d.). The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia [English web edition, a restatement of the report, November 24, 2026; section “Snakeheads: the smugglers who recruit” of the chapter “Trafficking routes and recruitment” (headings and text by the web edition)]. Retrieved [Month Day, Year], from https://example.org/chapters/trafficking-and-recruitment/#snakeheads',
    );
  });

  it('Chicago for a section', () => {
    expect(chicago(section)).toBe(
      'China Labor Watch. The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia. N.d. English web edition, a restatement of the report, November 24, 2026; section “Snakeheads: the smugglers who recruit” of the chapter “Trafficking routes and recruitment” (headings and text by the web edition). Accessed [Month Day, Year]. https://example.org/chapters/trafficking-and-recruitment/#snakeheads.',
    );
  });

  it('no style gives a heading of the web edition as a title by CLW', () => {
    for (const citation of [apa(section), chicago(section), bibtex(section, 'snakeheads'), ris(section)]) {
      expect(citation).not.toMatch(/China Labor Watch\. “?Snakeheads/);
      expect(citation).not.toMatch(/title = \{Snakeheads|TI {2}- Snakeheads/);
      expect(citation).toContain('headings and text by the web edition');
    }
  });

  it('BibTeX keeps the organisation as one author, the report\'s title and the access date pattern', () => {
    expect(bibtex(section, 'snakeheads')).toBe(
      [
        '@online{ChinaLaborWa-nd-snakeheads,',
        '  author = {{China Labor Watch}},',
        '  title = {The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia},',
        '  url = {https://example.org/chapters/trafficking-and-recruitment/#snakeheads},',
        '  urldate = {YYYY-MM-DD},',
        '  note = {English web edition, a restatement of the report, 2026-11-24; the report itself is undated; section “Snakeheads: the smugglers who recruit” of the chapter “Trafficking routes and recruitment” (headings and text by the web edition)}',
        '}',
      ].join('\n'),
    );
  });

  it('RIS for the report', () => {
    expect(ris(report).split('\r\n')).toEqual([
      'TY  - ELEC',
      'AU  - China Labor Watch',
      'TI  - The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia',
      'UR  - https://example.org/',
      'Y2  - ',
      'N1  - English web edition, a restatement of the report, 2026-11-24; the report itself is undated',
      'ER  - ',
      '',
    ]);
  });

  it('names the web edition\'s publisher only where the deployer has set one', () => {
    const published = { ...report, publisher: 'Example Rights Group' };
    expect(apa(published)).toContain('November 24, 2026]. Example Rights Group. Retrieved');
    expect(chicago(published)).toContain('a restatement of the report, Example Rights Group, November 24, 2026.');
    expect(bibtex(published)).toContain('  publisher = {Example Rights Group},');
    expect(ris(published)).toContain('PB  - Example Rights Group\r\n');
    for (const citation of [apa(report), chicago(report), bibtex(report), ris(report)]) {
      expect(citation).not.toMatch(/publisher|PB {2}-|2026\)/);
    }
  });

  it('fills in the access date', () => {
    const date = new Date(2027, 0, 5);
    expect(withAccessDate(apa(report), date, report.words)).toContain('Retrieved January 5, 2027, from');
    expect(withAccessDate(bibtex(report), date, report.words)).toContain('urldate = {2027-01-05}');
  });
});

describe('GB/T 7714, the Chinese standard', () => {
  const chinese: CitationSource = {
    author: '中国劳工观察',
    report: '一带一路的后遗症：柬埔寨的人口贩卖问题',
    editionDate: '2026-11-24',
    edition: fill(simplified['cite.edition'], { edition: '简体中文' }),
    url: 'https://example.org/zh/',
    words: citationWords('zh-hans'),
  };

  it('cites the report as an online resource, with the edition’s date and a pattern for the access date', () => {
    expect(gbt7714(chinese)).toBe(
      '中国劳工观察. 一带一路的后遗症：柬埔寨的人口贩卖问题[EB/OL]. 简体中文网络版（据原报告重述，非原文）. (2026-11-24)[YYYY-MM-DD]. https://example.org/zh/.',
    );
  });

  it('describes a section as the web edition\'s, under the report\'s own title', () => {
    const part = fill(simplified['cite.partSection'], { section: '被转卖，债务加深', chapter: '园区内部' });
    expect(gbt7714({ ...chinese, part, url: 'https://example.org/zh/chapters/inside-the-compounds/#resold-debt' })).toBe(
      '中国劳工观察. 一带一路的后遗症：柬埔寨的人口贩卖问题[EB/OL]. 简体中文网络版（据原报告重述，非原文），小节“被转卖，债务加深”（“园区内部”一章；标题与文字出自本网络版）. (2026-11-24)[YYYY-MM-DD]. https://example.org/zh/chapters/inside-the-compounds/#resold-debt.',
    );
  });

  it('names a publisher only when there is one, and the copy button fills in the access date', () => {
    expect(gbt7714({ ...chinese, publisher: '某出版方' })).toContain('非原文）. 某出版方, (2026-11-24)');
    expect(withAccessDate(gbt7714(chinese), new Date(2027, 0, 5), chinese.words)).toContain('(2026-11-24)[2027-01-05]');
  });
});
