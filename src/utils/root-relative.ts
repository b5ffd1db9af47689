import type * as cheerio from 'cheerio';

/**
 * Rewrites the relative links in a page's main content (`../getting-help/`)
 * as root-relative paths (`/report/getting-help/`). They lead to the same
 * place, but print can then show the full address (print-links.css).
 * Returns whether anything changed.
 */
export function makeLinksRootRelative($: cheerio.CheerioAPI, pagePath: string): boolean {
  let changed = false;
  $('main a[href]').each((_, element) => {
    const link = $(element);
    const href = link.attr('href')!;
    if (/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(href)) return;
    const resolved = new URL(href, `https://site.invalid${pagePath}`);
    link.attr('href', `${resolved.pathname}${resolved.search}${resolved.hash}`);
    changed = true;
  });
  return changed;
}
