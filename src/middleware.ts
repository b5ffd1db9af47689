import { defineMiddleware } from 'astro:middleware';
import { site } from './config/site';
import { localeOfPath } from './editions/locales';
import { translator } from './editions/translate';

/**
 * Gives every page and component the edition it is rendered for
 * (`Astro.locals.i18n`), read from the page's path: `/zh/…` is the Simplified
 * edition. Runs at build time for every prerendered page.
 */
export const onRequest = defineMiddleware((context, next) => {
  const relative = context.url.pathname.startsWith(site.basePath)
    ? context.url.pathname.slice(site.basePath.length)
    : context.url.pathname.replace(/^\/+/, '');
  context.locals.i18n = translator(localeOfPath(relative));
  return next();
});
