/**
 * Names shared by the service worker (src/outputs/offline/service-worker.ts)
 * and the page's saving code (src/scripts/offline.ts), so both find the same
 * caches and files.
 */

/** Each edition's list of files to save, written next to its home page. */
export const manifestFileName = 'offline.json';

/** The service worker's script, at the root of the site (its scope is the whole site). */
export const serviceWorkerFileName = 'sw.js';

/** Every cache this site makes starts with this, so removal finds them all and touches no other. */
export const cachePrefix = 'report-offline';

/** The cache holding one edition's saved copy from one build: `report-offline:<build>:<edition>`. */
export function cacheName(build: string, edition: string): string {
  return `${cachePrefix}:${build}:${edition}`;
}

/** The build and edition of one of this site's cache names; undefined for any other cache. */
export function parseCacheName(name: string): { build: string; edition: string } | undefined {
  const [prefix, build, edition, ...rest] = name.split(':');
  if (prefix !== cachePrefix || !build || !edition || rest.length > 0) return undefined;
  return { build, edition };
}

/** One edition's list of files to save (`offline.json`). */
export interface OfflineManifest {
  /** The build these files come from; the service worker of the same build carries it too. */
  build: string;
  /** The edition's code (`en`, `zh-hans` …). */
  edition: string;
  /** The sum of the files' sizes, as stored (uncompressed). */
  bytes: number;
  /** Every file to save: its address (with the base path, pages as their folder: `/chapters/x/`) and size. */
  files: Array<{ url: string; bytes: number }>;
}
