/** The id of a chapter's article in the print edition, where links to the chapter as a whole lead. */
export function printChapterId(slug: string): string {
  return `chapter-${slug}`;
}
