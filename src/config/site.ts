/**
 * Everything that names or places the site. An organisation republishing the
 * report changes this file (or the two environment variables) and nothing else.
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

export const site = {
  /** Short name, used in the header and after page titles. */
  name: 'Trafficked into Scam Compounds',
  /** Full title of the report. */
  reportTitle: 'The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia',
  /** Who did the research. */
  author: { name: 'China Labor Watch', shortName: 'CLW', url: 'https://chinalaborwatch.org/' },
  /** The original article this edition restates. */
  original: {
    title: 'The Aftermath of The Belt and Road Initiative: Human Trafficking in Cambodia',
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
  /** Origin the site is served from; set SITE_URL when deploying elsewhere. */
  url: env('SITE_URL') ?? 'https://report.example.org',
  /** Path the site lives under; set BASE_PATH (e.g. "/report/") for a sub-folder. */
  basePath: normaliseBasePath(env('BASE_PATH')),
} as const;
