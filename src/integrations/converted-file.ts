import type { Conversion } from '../editions/locales';

/**
 * One converted content file (the Traditional edition's, from the Simplified
 * one): the converted text with a note after the frontmatter (which must come
 * first) for anyone who opens it. Shared by the build, `astro dev`'s watcher
 * and the messages that point back to the file an author edits.
 */

/** The lines the note adds after the frontmatter: a blank line and the note. */
const noteLines = 2;
const notePrefix = '{/* Generated from ';

export function convertedFile(text: string, conversion: Conversion, origin: string): string {
  const note = `\n${notePrefix}${origin} by ${conversion.by}: edit that file, never this one. */}\n`;
  return conversion.source(text).replace(/^(---\n[\s\S]*?\n---\n)/, `$1${note}`);
}

/** The file an author edits that a converted file was made from, read from its note; undefined for any other file. */
export function convertedFrom(text: string): string | undefined {
  const start = text.indexOf(notePrefix);
  if (start < 0) return undefined;
  return text.slice(start + notePrefix.length).split(' ')[0];
}

/** The line of the file it was converted from that a line of a converted file comes from. */
export function originalLine(converted: string, line: number): number {
  const noteLine = converted.split('\n').findIndex((text) => text.startsWith(notePrefix)) + 1;
  return noteLine > 0 && line > noteLine ? line - noteLines : line;
}
