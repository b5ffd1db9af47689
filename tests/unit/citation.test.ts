import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, gbt7714, ris, withAccessDate, type CitationSource } from '../../src/utils/citation';

const report: CitationSource = {
  author: 'China Labor Watch',
  report: 'The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia',
  editionDate: '2026-11-24',
  url: 'https://example.org/',
};
const section: CitationSource = {
  ...report,
  chapter: 'Trafficking routes and recruitment',
  section: 'Snakeheads: the smugglers who recruit',
  url: 'https://example.org/chapters/trafficking-and-recruitment/#snakeheads',
};

describe('citations', () => {
  it('APA for the report', () => {
    expect(apa(report)).toBe(
      'China Labor Watch. (n.d.). The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia [Web edition, November 24, 2026]. Retrieved [Month Day, Year], from https://example.org/',
    );
  });

  it('APA for a section names the section, the chapter and the anchor URL', () => {
    expect(apa(section)).toBe(
      'China Labor Watch. (n.d.). Snakeheads: the smugglers who recruit. In The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia (Trafficking routes and recruitment) [Web edition, November 24, 2026]. Retrieved [Month Day, Year], from https://example.org/chapters/trafficking-and-recruitment/#snakeheads',
    );
  });

  it('Chicago for a section', () => {
    expect(chicago(section)).toBe(
      'China Labor Watch. “Snakeheads: the smugglers who recruit.” In The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia, “Trafficking routes and recruitment”. N.d. Web edition, November 24, 2026. Accessed [Month Day, Year]. https://example.org/chapters/trafficking-and-recruitment/#snakeheads.',
    );
  });

  it('BibTeX keeps the organisation as one author and the access date pattern', () => {
    expect(bibtex(section, 'snakeheads')).toBe(
      [
        '@online{ChinaLaborWa-nd-snakeheads,',
        '  author = {{China Labor Watch}},',
        '  title = {Snakeheads: the smugglers who recruit},',
        '  booktitle = {The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia},',
        '  url = {https://example.org/chapters/trafficking-and-recruitment/#snakeheads},',
        '  urldate = {YYYY-MM-DD},',
        '  note = {Web edition, 2026-11-24; the report itself is undated}',
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
      'N1  - Web edition, 2026-11-24; the report itself is undated',
      'ER  - ',
      '',
    ]);
  });

  it('names the web edition\'s publisher only where the deployer has set one', () => {
    const published = { ...report, publisher: 'Example Rights Group' };
    expect(apa(published)).toContain('[Web edition, November 24, 2026]. Example Rights Group. Retrieved');
    expect(chicago(published)).toContain('N.d. Web edition, Example Rights Group, November 24, 2026.');
    expect(bibtex(published)).toContain('  publisher = {Example Rights Group},');
    expect(ris(published)).toContain('PB  - Example Rights Group\r\n');
    for (const citation of [apa(report), chicago(report), bibtex(report), ris(report)]) {
      expect(citation).not.toMatch(/publisher|PB {2}-|2026\)/);
    }
  });

  it('fills in the access date', () => {
    const date = new Date(2027, 0, 5);
    expect(withAccessDate(apa(report), date)).toContain('Retrieved January 5, 2027, from');
    expect(withAccessDate(bibtex(report), date)).toContain('urldate = {2027-01-05}');
  });
});

describe('GB/T 7714, the Chinese standard', () => {
  const chinese = {
    author: '中国劳工观察',
    report: '一带一路的后遗症：柬埔寨的人口贩卖问题',
    editionDate: '2026-11-24',
    edition: '简体中文网络版',
    url: 'https://example.org/zh/',
  };

  it('cites the report as an online resource, with the edition’s date and a pattern for the access date', () => {
    expect(gbt7714(chinese)).toBe(
      '中国劳工观察. 一带一路的后遗症：柬埔寨的人口贩卖问题[EB/OL]. 简体中文网络版. (2026-11-24)[YYYY-MM-DD]. https://example.org/zh/.',
    );
  });

  it('cites a section as a part of the report, with its chapter', () => {
    const section = { ...chinese, chapter: '园区内部', section: '被转卖，债务加深', url: 'https://example.org/zh/chapters/inside-the-compounds/#resold-debt' };
    expect(gbt7714(section)).toBe(
      '中国劳工观察. 被转卖，债务加深[EB/OL]//一带一路的后遗症：柬埔寨的人口贩卖问题：园区内部. 简体中文网络版. (2026-11-24)[YYYY-MM-DD]. https://example.org/zh/chapters/inside-the-compounds/#resold-debt.',
    );
  });

  it('names a publisher only when there is one, and the copy button fills in the access date', () => {
    expect(gbt7714({ ...chinese, publisher: '某出版方' })).toContain('简体中文网络版. 某出版方, (2026-11-24)');
    expect(withAccessDate(gbt7714(chinese), new Date(2027, 0, 5))).toContain('(2026-11-24)[2027-01-05]');
  });
});
