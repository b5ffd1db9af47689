import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCorrections } from '../report/model';
import { sourceLocale } from '../editions/locales';
import { translator } from '../editions/translate';
import { absoluteUrl } from '../config/paths';

/** The corrections log as an RSS feed, so followers learn when the report changes. */
export const GET: APIRoute = async () => {
  const corrections = await getCorrections();
  // The log is kept in the source edition's language, and so is its feed.
  const { t } = translator(sourceLocale);
  return rss({
    title: t('corrections.feedTitle', { title: t('site.reportTitle') }),
    description: t('corrections.feedDescription', { author: t('site.author') }),
    site: absoluteUrl(),
    items: corrections.map((correction) => ({
      title: correction.title,
      description: correction.summary,
      pubDate: correction.date,
      link: absoluteUrl(`about/#correction-${correction.id}`),
    })),
  });
};
