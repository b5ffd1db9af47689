import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCorrections } from '../data/report';
import { site } from '../config/site';
import { absoluteUrl } from '../utils/urls';

/** The corrections log as an RSS feed, so followers learn when the report changes. */
export const GET: APIRoute = async () => {
  const corrections = await getCorrections();
  return rss({
    title: `Corrections: ${site.reportTitle}`,
    description: `Changes to the web edition of ${site.author.name}'s report, newest first.`,
    site: absoluteUrl(),
    items: corrections.map((correction) => ({
      title: correction.title,
      description: correction.summary,
      pubDate: correction.date,
      link: absoluteUrl(`about/#correction-${correction.id}`),
    })),
  });
};
