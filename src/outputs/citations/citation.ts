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
  /** When this web edition appeared (YYYY-MM-DD). The report itself is undated, so it is cited as "n.d.". */
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
}

/** How the access date appears until it is filled in. */
export const accessDatePattern = '[Month Day, Year]';
export const isoDatePattern = 'YYYY-MM-DD';

/** The edition's date as readers write it: "November 24, 2026". */
function editionDay(source: CitationSource): string {
  const [year, month, day] = source.editionDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** "; section “…” of the chapter “…”, …" after the edition, or nothing for the whole report. */
function partSuffix(source: CitationSource): string {
  return source.part ? `; ${source.part}` : '';
}

/*
 * Every style cites CLW's report under its own title and puts the chapter or
 * section in the bracketed or free description of the edition: the headings
 * are this edition's, and a title credited to CLW would say CLW wrote them.
 */

export function apa(source: CitationSource): string {
  const publisher = source.publisher && source.publisher !== source.author ? `${source.publisher}. ` : '';
  return `${source.author}. (n.d.). ${source.report} [${source.edition}, ${editionDay(source)}${partSuffix(source)}]. ${publisher}Retrieved ${accessDatePattern}, from ${source.url}`;
}

export function chicago(source: CitationSource): string {
  const publisher = source.publisher ? `${source.publisher}, ` : '';
  return `${source.author}. ${source.report}. N.d. ${source.edition}, ${publisher}${editionDay(source)}${partSuffix(source)}. Accessed ${accessDatePattern}. ${source.url}.`;
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
  return `${source.edition}, ${source.editionDate}; the report itself is undated${partSuffix(source)}`;
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
  const part = source.part ? `，${source.part}` : '';
  const publisher = source.publisher ? `${source.publisher}, ` : '';
  return `${source.author}. ${source.report}[EB/OL]. ${source.edition}${part}. ${publisher}(${source.editionDate})[${isoDatePattern}]. ${source.url}.`;
}

/** Fills the access-date patterns with a date, as the copy buttons do. */
export function withAccessDate(citation: string, date: Date): string {
  const readable = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric' }).format(date);
  const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return citation.split(accessDatePattern).join(readable).split(isoDatePattern).join(iso);
}
