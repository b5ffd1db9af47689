import { site } from '../config/site';
import type { CitationSource } from './citation';
import { absoluteUrl } from './urls';

/** What a citation of the report, a chapter or a section of it needs. */
export function citationSource(part: { path?: string; chapter?: string; section?: string } = {}): CitationSource {
  return {
    author: site.author.name,
    report: site.reportTitle,
    publisher: site.publisher,
    editionDate: site.published,
    url: absoluteUrl(part.path ?? ''),
    chapter: part.chapter,
    section: part.section,
  };
}
