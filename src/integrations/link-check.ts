import * as cheerio from 'cheerio';

/** The URLs a page points to: links, assets, and a meta refresh target. */
export function references($: cheerio.CheerioAPI): string[] {
  const found: string[] = [];
  $('a[href], link[href]').each((_, element) => {
    const rel = $(element).attr('rel') ?? '';
    if (rel === 'canonical' || rel === 'alternate') return;
    found.push($(element).attr('href')!);
  });
  $('img[src], script[src], source[src], iframe[src]').each((_, element) => {
    found.push($(element).attr('src')!);
  });
  const refresh = $('meta[http-equiv="refresh"]').attr('content');
  const target = refresh ? /url=(.*)$/i.exec(refresh)?.[1] : undefined;
  if (target) found.push(target);
  return found;
}

const origin = 'http://site.invalid';

/**
 * What is wrong with one link of a built page, or undefined when it resolves.
 * `files` lists every file in the build (paths relative to it); `idsByPage`
 * holds each page's ids, by page path. Links to other sites, `mailto:`,
 * `tel:` and `data:` are not followed.
 */
export function linkProblem(
  link: string,
  pagePath: string,
  files: ReadonlySet<string>,
  idsByPage: ReadonlyMap<string, ReadonlySet<string>>,
  basePath: string,
): string | undefined {
  if (/^(mailto|tel|data):/i.test(link)) return undefined;
  const url = new URL(link, new URL(`${basePath}${pagePath}`, origin));
  if (url.origin !== origin) return undefined;
  if (!url.pathname.startsWith(basePath)) return `points outside the site's base path ${basePath}`;
  const relative = decodeURIComponent(url.pathname.slice(basePath.length));
  const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  if (!files.has(file) && !files.has(`${file}/index.html`)) return 'no such page or file';
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === '' || fragment.startsWith(':~:')) return undefined;
  const targetPath = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  const ids = idsByPage.get(targetPath);
  if (ids && !ids.has(fragment)) return `no element with id "${fragment}" on ${targetPath || 'the home page'}`;
  return undefined;
}
