/**
 * The sections of a translated text as its page shows them
 * (src/rendering/english-first.ts): the English sections in the English
 * order, each in the translation's words where it has the section, in
 * English (marked `english`) where it does not yet; a section the English
 * text no longer has is left out. Share and citation pages follow this, so
 * every section of the English page has them in every edition.
 */
export function followingEnglish<T extends { id: string }>(english: readonly T[], translated: readonly T[]): Array<T & { english?: true }> {
  const own = new Map(translated.map((section) => [section.id, section]));
  return english.map((section) => own.get(section.id) ?? { ...section, english: true as const });
}
