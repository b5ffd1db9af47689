/**
 * Builds links that open a page scrolled to a quoted passage and mark it:
 * URL text fragments (`#:~:text=`), supported by Chromium and Safari and
 * harmlessly ignored elsewhere.
 */

/** Percent-encodes a fragment term, including the characters the syntax reserves. */
export function encodeFragmentTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * The `text=` directive for a selection. Short passages are quoted whole;
 * long ones by their first and last words, which is what browsers match.
 */
export function textDirective(selection: string, edgeWords = 5): string {
  const words = selection.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return '';
  if (words.length <= edgeWords * 2 + 2) return `text=${encodeFragmentTerm(words.join(' '))}`;
  const start = words.slice(0, edgeWords).join(' ');
  const end = words.slice(-edgeWords).join(' ');
  return `text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
}

/**
 * A selection's text without the paragraph-link glyph (¶) that a selection
 * of a whole paragraph sweeps up: the controls are not selectable (anchors.css),
 * and this keeps the glyph out where a browser selects them anyway.
 */
export function selectedPassage(selection: string): string {
  return selection.replace(/[ \t]*¶[ \t]*/g, ' ').replace(/ +\n/g, '\n').trim();
}

/** The page URL (no hash, no query) with a text fragment for the selection. */
export function quoteLink(pageUrl: string, selection: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.search = '';
  return `${url.href}#:~:${textDirective(selection)}`;
}

/** What the quote button copies: the passage, a citation line and the link. */
export function quoteWithCitation(
  selection: string,
  link: string,
  source: { author: string; chapter: string; report: string },
  /** The citation line as the page's language writes it (`client.quoteCitation`). */
  template: string,
): string {
  const passage = selection.replace(/\s+/g, ' ').trim();
  const values: Record<string, string> = { passage, link, ...source };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * The passage a `#:~:text=start[,end]` fragment asks for, or undefined. The
 * optional `prefix-,` and `,-suffix` parts are dropped: the first match of the
 * words is what the fallback scrolls to.
 */
export function parseTextDirective(hash: string): { start: string; end?: string } | undefined {
  const directive = /(?:^#?|&):~:text=([^&]+)/.exec(hash.replace(/^#/, ''))?.[1];
  if (!directive) return undefined;
  const parts = directive.split(',').filter((part) => !part.endsWith('-') && !part.startsWith('-'));
  const [start, end] = parts.map((part) => decodeURIComponent(part));
  if (!start) return undefined;
  return end ? { start, end } : { start };
}
