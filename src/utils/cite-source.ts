import { site } from '../config/site';
import type { CitationSource } from './citation';
import { absoluteUrl } from './urls';
import { localisedPath, sourceLocale, type LocaleCode } from '../i18n/locales';

/**
 * What a citation of the report, a chapter or a section of it needs, in one
 * edition: the address is that edition's; the report keeps its original title.
 */
export function citationSource(
  code: LocaleCode = sourceLocale,
  part: { path?: string; chapter?: string; section?: string } = {},
): CitationSource {
  return {
    author: site.author.name,
    report: site.reportTitle,
    publisher: site.publisher,
    editionDate: site.published,
    url: absoluteUrl(localisedPath(code, part.path ?? '')),
    chapter: part.chapter,
    section: part.section,
  };
}
