/**
 * Citations of the report, a chapter or a section, in APA, Chicago, BibTeX
 * and RIS. The access date is left as a pattern for the reader to fill in
 * (the copy buttons fill in today's date).
 */

export interface CitationSource {
  /** Organisation credited as author. */
  author: string;
  /** Title of the report. */
  report: string;
  /** Who publishes this edition. */
  publisher: string;
  /** Year of this edition. */
  year: string;
  /** Absolute URL of what is cited (report, chapter, or chapter#section). */
  url: string;
  /** Chapter title, when citing a chapter or a section. */
  chapter?: string | undefined;
  /** Section title, when citing a section. */
  section?: string | undefined;
}

/** How the access date appears until it is filled in. */
export const accessDatePattern = '[Month Day, Year]';
export const isoDatePattern = 'YYYY-MM-DD';

/** The part being cited, most specific first. */
function partTitle(source: CitationSource): string | undefined {
  return source.section ?? source.chapter;
}

export function apa(source: CitationSource): string {
  const part = partTitle(source);
  const where = part
    ? `${part}. In ${source.report}${source.section && source.chapter ? ` (${source.chapter})` : ''}`
    : `${source.report} [Web edition]`;
  return `${source.author}. (${source.year}). ${where}. ${source.publisher === source.author ? '' : `${source.publisher}. `}Retrieved ${accessDatePattern}, from ${source.url}`;
}

export function chicago(source: CitationSource): string {
  const part = partTitle(source);
  const inReport = part ? `“${part}.” In ${source.report}` : `${source.report}`;
  const chapter = source.section && source.chapter ? `, “${source.chapter}”` : '';
  return `${source.author}. ${inReport}${chapter}. Web edition. ${source.publisher}, ${source.year}. Accessed ${accessDatePattern}. ${source.url}.`;
}

/** A BibTeX key from the author and the year, plus the part cited. */
export function bibtexKey(source: CitationSource, part?: string): string {
  const author = source.author.replace(/[^A-Za-z]/g, '').slice(0, 12);
  return `${author}${source.year}${part ? `-${part}` : ''}`;
}

function bibtexValue(text: string): string {
  return text.replace(/[{}\\]/g, '').replace(/([&%$#_])/g, '\\$1');
}

export function bibtex(source: CitationSource, part?: string): string {
  const title = partTitle(source);
  const fields: Array<[string, string]> = [
    // Double braces keep an organisation from being read as first and last names.
    ['author', `{{${bibtexValue(source.author)}}}`],
    ['title', `{${bibtexValue(title ?? source.report)}}`],
    ...(title ? ([['booktitle', `{${bibtexValue(source.report)}}`]] as Array<[string, string]>) : []),
    ['publisher', `{${bibtexValue(source.publisher)}}`],
    ['year', `{${source.year}}`],
    ['url', `{${source.url}}`],
    ['urldate', `{${isoDatePattern}}`],
    ['note', '{Web edition}'],
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
    `PB  - ${source.publisher}`,
    `PY  - ${source.year}`,
    `UR  - ${source.url}`,
    'Y2  - ',
    'N1  - Web edition',
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** Fills the access-date patterns with a date, as the copy buttons do. */
export function withAccessDate(citation: string, date: Date): string {
  const readable = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric' }).format(date);
  const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return citation.split(accessDatePattern).join(readable).split(isoDatePattern).join(iso);
}
