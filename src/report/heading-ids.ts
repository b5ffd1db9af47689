/** A Markdown heading written without an explicit `{#id}`. */
export interface HeadingWithoutId {
  line: number;
  text: string;
}

/**
 * Headings (h2–h6) in an MDX source that have no `{#stable-id}`. Generated ids
 * follow the wording, so rewording a heading would silently break links.
 */
export function headingsWithoutIds(source: string): HeadingWithoutId[] {
  const found: HeadingWithoutId[] = [];
  let inFence = false;
  source.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const heading = /^#{2,6}\s+(.*?)\s*$/.exec(line);
    if (heading && !/\{#[a-z0-9-]+\}$/.test(heading[1]!)) found.push({ line: index + 1, text: heading[1]! });
  });
  return found;
}
