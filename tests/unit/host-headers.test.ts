import { describe, expect, it } from 'vitest';
import { documentPatterns, hostHeaders } from '../../src/config/security';

/** The headers a host that reads `_headers` sends for a path: every matching rule's, as Netlify and Cloudflare Pages merge them. */
function headersFor(file: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let matching = false;
  for (const line of file.split('\n')) {
    if (line.startsWith('/')) matching = line.endsWith('*') ? path.startsWith(line.slice(0, -1)) : path === line;
    else if (matching && line.trim()) {
      const [name, ...value] = line.trim().split(': ');
      headers[name!] = value.join(': ');
    }
  }
  return headers;
}

const built = ['index.html', '404.html', 'sw.js', 'chapters/a/index.html', 'zh/index.html', 'zh/search-terms.json', '_astro/style.css', 'pagefind/pagefind.js', 'pagefind/index/en_1.pf_index', 'search-terms.json', 'favicon.svg'];

describe('the host headers file', () => {
  for (const base of ['/', '/report/']) {
    const file = hostHeaders(base, documentPatterns(base, built));
    it(`gives pages and the service worker the whole policy (base ${base})`, () => {
      for (const path of ['', 'index.html', 'chapters/a/', 'chapters/missing/', 'zh/', 'sw.js', '404.html']) {
        const headers = headersFor(file, `${base}${path}`);
        expect(headers['Content-Security-Policy'], path).toContain("frame-ancestors 'none'");
        expect(headers['Referrer-Policy'], path).toBe('no-referrer');
        expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
      }
    });
    it(`gives scripts, styles and the search index only nosniff (and caching where names are hashed) (base ${base})`, () => {
      for (const path of ['_astro/style.css', 'pagefind/pagefind.js', 'pagefind/index/en_1.pf_index', 'favicon.svg']) {
        const headers = headersFor(file, `${base}${path}`);
        expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
        expect(headers['Content-Security-Policy'], path).toBeUndefined();
        expect(headers['Permissions-Policy'], path).toBeUndefined();
      }
      expect(headersFor(file, `${base}_astro/style.css`)['Cache-Control']).toContain('immutable');
    });
  }
  it('stays within the 100 rules Cloudflare Pages reads', () => {
    const many = Array.from({ length: 500 }, (_, index) => `chapters/c${index}/index.html`);
    expect(documentPatterns('/', [...built, ...many]).length).toBeLessThan(100);
  });
});
