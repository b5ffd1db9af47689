import { describe, expect, it } from 'vitest';
import english from '../../src/editions/en.json';
import simplified from '../../src/editions/zh-hans.json';
import { apa, bibtex, chicago, gbt7714, ris, withAccessDate, type CitationSource } from '../../src/outputs/citations/citation';
import { citationSource, citationWords } from '../../src/outputs/citations/cite-source';
import { getLocale, localeCodes } from '../../src/editions/locales';
import { chinese as simplifiedEdition, english as englishEdition, traditional as traditionalEdition } from '../support/editions';

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
  words: citationWords(englishEdition.code),
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
    words: citationWords(simplifiedEdition.code),
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

describe('Chinese citations follow Chinese conventions, with no English boilerplate', () => {
  const words = citationWords(simplifiedEdition.code);
  const chinese: CitationSource = {
    author: '中国劳工观察',
    report: '一带一路的后遗症：柬埔寨的人口贩卖问题',
    editionDate: '2026-11-24',
    edition: fill(simplified['cite.edition'], { edition: '简体中文' }),
    url: 'https://example.org/zh/chapters/inside-the-compounds/#resold-debt',
    part: fill(simplified['cite.partSection'], { section: '被转卖，债务加深', chapter: '园区内部' }),
    words,
  };

  it('APA (7th edition as Chinese guides write it): （无日期）, the edition’s date in Chinese, 检索日期 and 取自', () => {
    expect(apa(chinese)).toBe(
      '中国劳工观察（无日期）。一带一路的后遗症：柬埔寨的人口贩卖问题［简体中文网络版（据原报告重述，非原文），2026年11月24日；小节“被转卖，债务加深”（“园区内部”一章；标题与文字出自本网络版）］。检索日期：[YYYY年M月D日]，取自 https://example.org/zh/chapters/inside-the-compounds/#resold-debt',
    );
    expect(apa({ ...chinese, publisher: '某出版方' })).toContain('］。某出版方。检索日期：');
  });

  it('Chicago: the title in 书名号, 无日期 and 访问日期', () => {
    expect(chicago(chinese)).toBe(
      '中国劳工观察。《一带一路的后遗症：柬埔寨的人口贩卖问题》。无日期。简体中文网络版（据原报告重述，非原文），2026年11月24日；小节“被转卖，债务加深”（“园区内部”一章；标题与文字出自本网络版）。访问日期：[YYYY年M月D日]。https://example.org/zh/chapters/inside-the-compounds/#resold-debt',
    );
    expect(chicago({ ...chinese, publisher: '某出版方' })).toContain('非原文），某出版方，2026年11月24日');
  });

  it('BibTeX and RIS say in Chinese that the report is undated and the date is the web edition’s', () => {
    const note = '简体中文网络版（据原报告重述，非原文），2026-11-24；原报告未注明日期；小节“被转卖，债务加深”（“园区内部”一章；标题与文字出自本网络版）';
    expect(bibtex(chinese, 'resold-debt')).toContain(`  note = {${note}}`);
    expect(bibtex(chinese, 'resold-debt')).toContain('  author = {{中国劳工观察}},');
    expect(ris(chinese)).toContain(`N1  - ${note}\r\n`);
  });

  it('GB/T 7714 joins the part with a Chinese comma, and English with an English one', () => {
    expect(gbt7714(chinese)).toContain('非原文），小节“被转卖，债务加深”');
    expect(gbt7714(section)).toContain('a restatement of the report, section “Snakeheads');
  });

  it('the copy buttons write today’s date the Chinese way', () => {
    const date = new Date(2027, 0, 5);
    expect(withAccessDate(apa(chinese), date, words)).toContain('检索日期：2027年1月5日，取自 https://');
    expect(withAccessDate(chicago(chinese), date, words)).toContain('访问日期：2027年1月5日。');
    expect(withAccessDate(bibtex(chinese), date, words)).toContain('urldate = {2027-01-05}');
  });

  // What each edition's cite pages show: its own strings, the Traditional ones converted by OpenCC.
  const hanEditions = localeCodes.filter((code) => getLocale(code).writing === 'han');
  const english = /\bn\.d\.|\bN\.d\.|Retrieved|\bfrom\b|Accessed|web edition|undated|restatement|\bsection\b|\bchapter\b|Month Day|Year\]/;

  it('checks both Chinese editions', () => {
    expect(hanEditions).toEqual([simplifiedEdition.code, traditionalEdition.code]);
  });

  it.each(hanEditions)('%s: every style keeps CLW as author, the undated report, the edition’s date and the restatement, in Chinese', (code) => {
    const source = citationSource(code, { path: 'chapters/inside-the-compounds/#resold-debt', chapter: '园区内部', section: '被转卖，债务加深' });
    const every = [apa(source), chicago(source), bibtex(source, 'resold-debt'), ris(source), gbt7714(source), apa(citationSource(code))];
    for (const citation of every) {
      expect(citation).not.toMatch(english);
      expect(citation).toContain(source.author);
      expect(citation).toContain(source.report);
      expect(citation).toMatch(/2026年11月24日|2026-11-24/);
      expect(citation).toMatch(/据原报告重述|據原報告重述/);
    }
  });

  it('the Traditional edition’s converted citations read as Traditional Chinese: 無日期, 取自, 檢索日期, 訪問日期', () => {
    const traditional = citationSource(traditionalEdition.code);
    expect(traditional.author).toBe('中國勞工觀察');
    expect(apa(traditional)).toMatch(/^中國勞工觀察（無日期）。一帶一路的後遺症：柬埔寨的人口販賣問題［繁體中文網路版（據原報告重述，非原文），2026年11月24日］。檢索日期：\[YYYY年M月D日\]，取自 https?:\/\/\S+\/zh-hant\/$/);
    expect(chicago(traditional)).toContain('。無日期。繁體中文網路版（據原報告重述，非原文），2026年11月24日。訪問日期：[YYYY年M月D日]。');
    expect(ris(traditional)).toContain('N1  - 繁體中文網路版（據原報告重述，非原文），2026-11-24；原報告未註明日期\r\n');
    expect(withAccessDate(apa(traditional), new Date(2027, 0, 5), traditional.words)).toContain('檢索日期：2027年1月5日，取自');
  });
});
