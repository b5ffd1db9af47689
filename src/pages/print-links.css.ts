import type { APIRoute } from 'astro';
import { site } from '../config/site';

/**
 * Printed links to this site show their full address. The site's own links
 * are root-relative, and a stylesheet cannot resolve them against the
 * address readers use (SITE_URL), so this one rule is written at build time
 * with the origin in it. Linked with media="print": it never delays a page.
 */
export const GET: APIRoute = () =>
  new Response(`@media print{main a[href^='/']::after{content:' (${new URL(site.url).origin.replace(/'/g, '')}' attr(href) ')'}}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
