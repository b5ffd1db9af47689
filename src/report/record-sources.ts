import { fingerprint, normalisedText, paragraphCount, sourcesKey, textSections, mdxChildren } from './section-fingerprints.ts';

/**
 * What `npm run translations:record` writes into a translation: the
 * fingerprint of each English section it translates, as frontmatter
 * `sources`. A section the translation lacks, or whose paragraphs do not
 * match the English ones by count, is shown in English and is not recorded.
 */
export function recordedSources(englishSource: string, translationSource: string): { sources: Map<string, string>; skipped: string[] } {
  const translated = new Map(textSections(mdxChildren(translationSource)).map((section) => [section.id, section]));
  const sources = new Map<string, string>();
  const skipped: string[] = [];
  for (const section of textSections(mdxChildren(englishSource))) {
    const own = translated.get(section.id);
    if (own && paragraphCount(own) === paragraphCount(section)) sources.set(sourcesKey(section.id), fingerprint(normalisedText(section)));
    else skipped.push(sourcesKey(section.id));
  }
  return { sources, skipped };
}

/** The MDX text with its frontmatter's `sources` replaced by these (or added at its end); the rest of the file as it was. */
export function withSources(text: string, sources: ReadonlyMap<string, string>, file: string): string {
  const match = /^---\r?\n([\s\S]*?\r?\n)---\r?\n/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block (--- at the top and after the fields)`);
  const lines = match[1]!.split('\n');
  const kept: string[] = [];
  let inSources = false;
  for (const line of lines) {
    if (/^sources\s*:/.test(line)) inSources = true;
    else if (inSources && !/^\s/.test(line) && line !== '') inSources = false;
    if (!inSources) kept.push(line);
  }
  const body = kept.join('\n').replace(/\n*$/, '\n');
  const block = sources.size === 0 ? '' : `sources:\n${[...sources].map(([key, hash]) => `  ${key}: ${hash}\n`).join('')}`;
  return `---\n${body}${block}---\n${text.slice(match[0].length)}`;
}
