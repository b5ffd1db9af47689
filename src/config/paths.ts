import { site } from '../config/site';

/** A site-internal path with the base path in front: `path('chapters/x/')`. */
export function path(relative = ''): string {
  return `${site.basePath}${relative.replace(/^\/+/, '')}`;
}

/** The absolute URL of a site-internal path, for canonical links and citations. */
export function absoluteUrl(relative = ''): string {
  return new URL(path(relative), site.url).href;
}
