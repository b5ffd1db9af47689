/**
 * Marks the search words on a page opened from a search result
 * (`?highlight=word`), using Pagefind's highlighter. Its own <style> would be
 * blocked by our CSP, so the site styles `.pagefind-highlight` itself.
 */
export async function highlightSearchTerms(base: string): Promise<void> {
  const url = `${base}pagefind/pagefind-highlight.js`;
  const module = (await import(/* @vite-ignore */ url)) as {
    default: new (options: Record<string, unknown>) => unknown;
  };
  new module.default({
    highlightParam: 'highlight',
    addStyles: false,
    markOptions: {
      className: 'pagefind-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
    },
  });
}
