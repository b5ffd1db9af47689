/**
 * Citations of the report, a chapter or a section, in APA, Chicago, BibTeX,
 * RIS and GB/T 7714 (the Chinese standard). The access date is left as a pattern for the reader to fill in
 * (the copy buttons fill in today's date).
 */

export interface CitationSource {
  /** Organisation credited as the report's author: the author of the original, never of this edition's text. */
  author: string;
  /** Title of the report. */
  report: string;
  /** Who publishes this web edition; undefined when the deployer has not said, and then no publisher is claimed. */
  publisher?: string | undefined;
  /** When this web edition appeared (YYYY-MM-DD). The report itself is undated, so it is cited as "n.d." (无日期). */
  editionDate: string;
  /** Absolute URL of what is cited (report, chapter, or chapter#section). */
  url: string;
  /**
   * What this edition is, in its language, saying whose words it holds:
   * "English web edition, a restatement of the report".
   */
  edition: string;
  /**
   * The chapter or section cited, described as this edition's (its headings
   * and text are the web edition's, not CLW's), or undefined for the report.
   */
  part?: string | undefined;
  /** How this edition writes a citation's boilerplate and punctuation. */
  words: CitationWords;
}

/**
 * How one edition writes the parts of a citation that are not the report's
 * own words: each style's boilerplate ("n.d.", "Retrieved … from"; in Chinese
 * 无日期, 取自) and its punctuation. They are interface strings
 * (`cite.*` in src/editions/<code>.json), whole entries with placeholders, so
 * each language follows its own published conventions; see cite-source.ts.
 */
export interface CitationWords {
  /** The APA entry: `{author}`, `{report}`, `{edition}`, `{date}`, `{part}`, `{publisher}`, `{accessDate}`, `{url}`. */
  apa: string;
  /** The publisher in an APA entry, with its closing punctuation: `{publisher}`. */
  apaPublisher: string;
  /** The Chicago entry, with the same placeholders as the APA one. */
  chicago: string;
  /** The publisher in a Chicago entry: `{publisher}`. */
  chicagoPublisher: string;
  /** The part cited, after the edition in APA and Chicago: `{part}` ("; …"). */
  part: string;
  /** The part cited, after the edition in GB/T 7714: `{part}` (", …"). */
  gbtPart: string;
  /** The BibTeX and RIS note: `{edition}`, `{date}` (ISO) and `{part}`, saying the report itself is undated. */
  note: string;
  /** How the access date appears until the reader fills it in: "[Month Day, Year]". */
  accessDate: string;
  /** The language whose way of writing a date the citation uses (`<html lang>`): "November 24, 2026", "2026年11月24日". */
  dateLocale: string;
}

export const isoDatePattern = 'YYYY-MM-DD';

/** Fills `{name}` placeholders; a name without a value is a mistake in a strings file, named here. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`citation template "${template}": no value for {${name}}`);
    return value;
  });
}

/** A date as the citation's language writes it: "November 24, 2026", "2026年11月24日". */
function longDate(date: Date, dateLocale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(dateLocale, { month: 'long', day: 'numeric', year: 'numeric', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** The edition's date as readers write it. */
function editionDay(source: CitationSource): string {
  const [year, month, day] = source.editionDate.split('-').map(Number) as [number, number, number];
  return longDate(new Date(Date.UTC(year, month - 1, day)), source.words.dateLocale, 'UTC');
}

/** The values every entry template may use. */
function entryValues(source: CitationSource, publisherTemplate: string): Record<string, string> {
  return {
    author: source.author,
    report: source.report,
    edition: source.edition,
    date: editionDay(source),
    part: source.part ? fill(source.words.part, { part: source.part }) : '',
    publisher: source.publisher ? fill(publisherTemplate, { publisher: source.publisher }) : '',
    accessDate: source.words.accessDate,
    url: source.url,
  };
}

/*
 * Every style cites CLW's report under its own title and puts the chapter or
 * section in the bracketed or free description of the edition: the headings
 * are this edition's, and a title credited to CLW would say CLW wrote them.
 * The entries' wording is the edition's (CitationWords): in English APA 7 and
 * Chicago 17; in Chinese, APA 7 as Chinese-language guides write it (作者（无日期）。
 * 标题。检索日期：…，取自 网址, full-width punctuation) and Chicago 17
 * notes-bibliography as Chinese guides adapt it (书名号 around the title,
 * 无日期 for "n.d.", 访问日期 for the access date).
 */

export function apa(source: CitationSource): string {
  // The web edition's publisher is named only when it is not CLW itself.
  const values = entryValues(source, source.publisher !== source.author ? source.words.apaPublisher : '');
  return fill(source.words.apa, values);
}

export function chicago(source: CitationSource): string {
  return fill(source.words.chicago, entryValues(source, source.words.chicagoPublisher));
}

/** A BibTeX key from the author, "nd" for the undated report, and the part cited. */
export function bibtexKey(source: CitationSource, part?: string): string {
  // Keys are ASCII; an author written in Chinese is keyed by the report's initials.
  const author = source.author.replace(/[^A-Za-z]/g, '').slice(0, 12) || 'CLW';
  return `${author}-nd${part ? `-${part}` : ''}`;
}

function bibtexValue(text: string): string {
  return text.replace(/[{}\\]/g, '').replace(/([&%$#_])/g, '\\$1');
}

/** The note that says which date is known (the edition's, not the report's) and what part is cited. */
function editionNote(source: CitationSource): string {
  return fill(source.words.note, {
    edition: source.edition,
    date: source.editionDate,
    part: source.part ? fill(source.words.part, { part: source.part }) : '',
  });
}

export function bibtex(source: CitationSource, part?: string): string {
  const fields: Array<[string, string]> = [
    // Double braces keep an organisation from being read as first and last names.
    ['author', `{{${bibtexValue(source.author)}}}`],
    ['title', `{${bibtexValue(source.report)}}`],
    ...(source.publisher ? ([['publisher', `{${bibtexValue(source.publisher)}}`]] as Array<[string, string]>) : []),
    ['url', `{${source.url}}`],
    ['urldate', `{${isoDatePattern}}`],
    ['note', `{${bibtexValue(editionNote(source))}}`],
  ];
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@online{${bibtexKey(source, part)},\n${body}\n}`;
}

export function ris(source: CitationSource): string {
  const lines = [
    'TY  - ELEC',
    `AU  - ${source.author}`,
    `TI  - ${source.report}`,
    ...(source.publisher ? [`PB  - ${source.publisher}`] : []),
    `UR  - ${source.url}`,
    'Y2  - ',
    `N1  - ${editionNote(source)}`,
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * GB/T 7714-2015, the Chinese standard, for an online resource ([EB/OL]): the
 * report under its title, then the edition and the part cited as a
 * description; the date in parentheses is the web edition's, the one in
 * brackets the reader's access date.
 */
export function gbt7714(source: CitationSource): string {
  const part = source.part ? fill(source.words.gbtPart, { part: source.part }) : '';
  const publisher = source.publisher ? `${source.publisher}, ` : '';
  return `${source.author}. ${source.report}[EB/OL]. ${source.edition}${part}. ${publisher}(${source.editionDate})[${isoDatePattern}]. ${source.url}.`;
}

/**
 * Fills the access-date patterns with a date, as the copy buttons do: the
 * edition's pattern (`accessDate`) with the date as its language writes it.
 */
export function withAccessDate(citation: string, date: Date, words: Pick<CitationWords, 'accessDate' | 'dateLocale'>): string {
  const readable = longDate(date, words.dateLocale);
  const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const filled = words.accessDate ? citation.split(words.accessDate).join(readable) : citation;
  return filled.split(isoDatePattern).join(iso);
}
