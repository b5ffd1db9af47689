/**
 * Where the site and the report it restates live: addresses, dates and the
 * publisher. The report's and the site's names, as readers see them, are
 * interface strings (`site.name`, `site.reportTitle`, `site.author` in
 * `src/editions/<code>.json`), so each edition names them in its language;
 * this file holds no names, so nothing says them twice.
 */

/** Reads an environment variable from Node (astro.config) or Vite (pages). */
function env(name: string): string | undefined {
  const value = typeof process !== 'undefined' ? process.env[name] : undefined;
  return value && value.trim() !== '' ? value.trim() : undefined;
}

/** Normalises a base path to "/" or "/segment/": leading and trailing slash. */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Where `npm start` (astro preview) serves the built site. */
export const localUrl = 'http://127.0.0.1:4321';

/** What the build says, once, when SITE_URL is not set; nothing when it is. */
export function siteUrlNotice(): string | undefined {
  if (env('SITE_URL')) return undefined;
  return `SITE_URL is not set: canonical links, link previews, citations, the sitemap and the printed addresses point to ${localUrl}, where \`npm start\` serves the site. Set SITE_URL to the address readers use before deploying.`;
}

export const site = {
  /** Where the organisation that did the research lives on the web. */
  author: { url: 'https://chinalaborwatch.org/' },
  /** The original article this edition restates. */
  original: {
    url: 'https://chinalaborwatch.org/the-aftermath-of-the-belt-and-road-initiative-human-trafficking-in-cambodia/',
  },
  /**
   * The organisation that publishes this web edition: the deployer's own
   * setting (SITE_PUBLISHER). Left unset, citations and the print edition
   * name no publisher rather than claim one.
   */
  publisher: env('SITE_PUBLISHER'),
  /** When this web edition first appeared (YYYY-MM-DD). The report itself is undated. */
  published: '2026-11-24',
  /**
   * Origin the site is served from: SITE_URL, the address readers use. Left
   * unset, the address `npm start` serves at, so no placeholder domain ever
   * reaches a page; the build says so once (see `siteUrlNotice`).
   */
  url: env('SITE_URL') ?? localUrl,
  /** Path the site lives under; set BASE_PATH (e.g. "/report/") for a sub-folder. */
  basePath: normaliseBasePath(env('BASE_PATH')),
} as const;
