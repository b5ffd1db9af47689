import { site } from '../../config/site';
import type { CitationSource, CitationWords } from './citation';
import { absoluteUrl } from '../../config/paths';
import { getLocale, localisedPath, sourceLocale, type LocaleCode } from '../../editions/locales';
import { translator } from '../../editions/translate';

/** How the edition writes a citation's boilerplate: its `cite.*` entry templates, in its own language and script. */
export function citationWords(code: LocaleCode): CitationWords {
  const { template, locale } = translator(code);
  return {
    apa: template('cite.apaEntry'),
    apaPublisher: template('cite.apaPublisher'),
    chicago: template('cite.chicagoEntry'),
    chicagoPublisher: template('cite.chicagoPublisher'),
    part: template('cite.partInEntry'),
    gbtPart: template('cite.partInGbt'),
    note: template('cite.note'),
    accessDate: template('cite.accessDate'),
    // The page's language tag, so the copy buttons can write today's date the same way (<html lang>).
    dateLocale: locale.lang,
  };
}

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
    words: citationWords(code),
  };
}
