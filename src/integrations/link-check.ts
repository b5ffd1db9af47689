import * as cheerio from 'cheerio';

/** A built page: its path under the site (`chapters/x/`) and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

/** The URLs a page points to: links, assets, and a meta refresh target. */
function references($: cheerio.CheerioAPI): string[] {
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

/**
 * Checks every internal link, asset and `#fragment` of a set of built pages.
 * `files` lists every file in the build (paths relative to it). Links to
 * other sites, `mailto:` and `tel:` are not followed.
 */
export function checkLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, basePath: string): LinkProblem[] {
  const origin = 'http://site.invalid';
  const idsByPage = new Map<string, Set<string>>();
  // Parse each page once and keep only what the check needs: a large site's
  // parsed documents would not fit in memory together.
  const parsed = pages.map((page) => {
    const $ = cheerio.load(page.html);
    idsByPage.set(page.path, new Set($('[id]').map((_, element) => $(element).attr('id')!).get()));
    return { page: { path: page.path }, links: references($) };
  });
  const problems: LinkProblem[] = [];
  for (const { page, links } of parsed) {
    const pageUrl = new URL(`${basePath}${page.path}`, origin);
    for (const link of links) {
      if (/^(mailto|tel|data):/i.test(link)) continue;
      const url = new URL(link, pageUrl);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(basePath)) {
        problems.push({ page: page.path, link, problem: `points outside the site's base path ${basePath}` });
        continue;
      }
      const relative = decodeURIComponent(url.pathname.slice(basePath.length));
      const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
      if (!files.has(file) && !files.has(`${file}/index.html`)) {
        problems.push({ page: page.path, link, problem: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === '' || fragment.startsWith(':~:')) continue;
      const targetPath = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
      const ids = idsByPage.get(targetPath);
      if (ids && !ids.has(fragment)) {
        problems.push({ page: page.path, link, problem: `no element with id "${fragment}" on ${targetPath || 'the home page'}` });
      }
    }
  }
  return problems;
}
