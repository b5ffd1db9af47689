import { defineMiddleware } from 'astro:middleware';
import { editionOfRoute } from './editions/locales';
import { translator } from './editions/translate';

/**
 * Gives every page and component the edition it is rendered for
 * (`Astro.locals.i18n`): the edition record that the route's
 * `getStaticPaths` passed as a prop, never re-read from the URL. Runs at
 * build time for every prerendered page, and in `astro dev` per request.
 */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.i18n = translator(editionOfRoute(context.routePattern, context.props).code);
  return next();
});
