import { site } from '../../config/site';
import type { CitationSource } from './citation';
import { absoluteUrl } from '../../config/paths';
import { getLocale, localisedPath, sourceLocale, type LocaleCode } from '../../editions/locales';
import { translator } from '../../editions/translate';

/**
 * What a citation of the report, a chapter or a section of it needs, in one
 * edition: that edition's address, and the author and title as it writes them
 * (interface strings: the Chinese editions use the article's Chinese title).
 */
export function citationSource(
  code: LocaleCode = sourceLocale,
  part: { path?: string; chapter?: string; section?: string } = {},
): CitationSource {
  const { t } = translator(code);
  return {
    author: t('site.author'),
    report: t('site.reportTitle'),
    edition: t('cite.edition', { edition: getLocale(code).name }),
    publisher: site.publisher,
    editionDate: site.published,
    url: absoluteUrl(localisedPath(code, part.path ?? '')),
    // The headings are this edition's: the part is described, never credited to CLW as a title.
    part:
      part.section && part.chapter
        ? t('cite.partSection', { section: part.section, chapter: part.chapter })
        : part.chapter
          ? t('cite.partChapter', { chapter: part.chapter })
          : undefined,
  };
}
