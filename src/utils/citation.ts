/**
 * Citations of the report, a chapter or a section, in APA, Chicago, BibTeX,
 * RIS and GB/T 7714 (the Chinese standard). The access date is left as a pattern for the reader to fill in
 * (the copy buttons fill in today's date).
 */

export interface CitationSource {
  /** Organisation credited as the report's author. */
  author: string;
  /** Title of the report. */
  report: string;
  /** Who publishes this web edition; undefined when the deployer has not said, and then no publisher is claimed. */
  publisher?: string | undefined;
  /** When this web edition appeared (YYYY-MM-DD). The report itself is undated, so it is cited as "n.d.". */
  editionDate: string;
  /** Absolute URL of what is cited (report, chapter, or chapter#section). */
  url: string;
  /** Chapter title, when citing a chapter or a section. */
  chapter?: string | undefined;
  /** Section title, when citing a section. */
  section?: string | undefined;
  /** Which edition is cited, in its language: "Web edition", "简体中文网络版". */
  edition?: string | undefined;
}

/** How the access date appears until it is filled in. */
export const accessDatePattern = '[Month Day, Year]';
export const isoDatePattern = 'YYYY-MM-DD';

/** The part being cited, most specific first. */
function partTitle(source: CitationSource): string | undefined {
  return source.section ?? source.chapter;
}

/** The edition's date as readers write it: "November 24, 2026". */
function editionDay(source: CitationSource): string {
  const [year, month, day] = source.editionDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

export function apa(source: CitationSource): string {
  const part = partTitle(source);
  const edition = `[Web edition, ${editionDay(source)}]`;
  const where = part
    ? `${part}. In ${source.report}${source.section && source.chapter ? ` (${source.chapter})` : ''} ${edition}`
    : `${source.report} ${edition}`;
  const publisher = source.publisher && source.publisher !== source.author ? `${source.publisher}. ` : '';
  return `${source.author}. (n.d.). ${where}. ${publisher}Retrieved ${accessDatePattern}, from ${source.url}`;
}

export function chicago(source: CitationSource): string {
  const part = partTitle(source);
  const inReport = part ? `“${part}.” In ${source.report}` : `${source.report}`;
  const chapter = source.section && source.chapter ? `, “${source.chapter}”` : '';
  const publisher = source.publisher ? `${source.publisher}, ` : '';
  return `${source.author}. ${inReport}${chapter}. N.d. Web edition, ${publisher}${editionDay(source)}. Accessed ${accessDatePattern}. ${source.url}.`;
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

/** The note that says which date is known: the edition's, not the report's. */
function editionNote(source: CitationSource): string {
  return `Web edition, ${source.editionDate}; the report itself is undated`;
}

export function bibtex(source: CitationSource, part?: string): string {
  const title = partTitle(source);
  const fields: Array<[string, string]> = [
    // Double braces keep an organisation from being read as first and last names.
    ['author', `{{${bibtexValue(source.author)}}}`],
    ['title', `{${bibtexValue(title ?? source.report)}}`],
    ...(title ? ([['booktitle', `{${bibtexValue(source.report)}}`]] as Array<[string, string]>) : []),
    ...(source.publisher ? ([['publisher', `{${bibtexValue(source.publisher)}}`]] as Array<[string, string]>) : []),
    ['url', `{${source.url}}`],
    ['urldate', `{${isoDatePattern}}`],
    ['note', `{${editionNote(source)}}`],
  ];
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
  return `@online{${bibtexKey(source, part)},\n${body}\n}`;
}

export function ris(source: CitationSource): string {
  const title = partTitle(source);
  const lines = [
    'TY  - ELEC',
    `AU  - ${source.author}`,
    `TI  - ${title ?? source.report}`,
    ...(title ? [`T2  - ${source.report}`] : []),
    ...(source.publisher ? [`PB  - ${source.publisher}`] : []),
    `UR  - ${source.url}`,
    'Y2  - ',
    `N1  - ${editionNote(source)}`,
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * GB/T 7714-2015, the Chinese standard, for an online resource ([EB/OL]): a
 * section or chapter is cited as a part (//) of the report; the date in
 * parentheses is the web edition's, the one in brackets the reader's access date.
 */
export function gbt7714(source: CitationSource): string {
  const part = partTitle(source);
  const whole = part ? `//${source.report}${source.section && source.chapter ? `：${source.chapter}` : ''}` : '';
  const edition = source.edition ? `. ${source.edition}` : '';
  const publisher = source.publisher ? `${source.publisher}, ` : '';
  return `${source.author}. ${part ?? source.report}[EB/OL]${whole}${edition}. ${publisher}(${source.editionDate})[${isoDatePattern}]. ${source.url}.`;
}

/** Fills the access-date patterns with a date, as the copy buttons do. */
export function withAccessDate(citation: string, date: Date): string {
  const readable = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric' }).format(date);
  const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return citation.split(accessDatePattern).join(readable).split(isoDatePattern).join(iso);
}
