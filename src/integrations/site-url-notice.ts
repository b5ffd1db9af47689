import type { AstroIntegration } from 'astro';
import { siteUrlNotice } from '../config/site';

/** Says once per build, at its start, when SITE_URL is unset and where the site's links point instead. */
export function siteUrlNoticeOnce(): AstroIntegration {
  return {
    name: 'report-site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const notice = siteUrlNotice();
        if (notice) logger.warn(notice);
      },
    },
  };
}
