import type { KeyFinding } from './schemas/chapter';

/** The home page leads with at most this many findings; the rest are one click away. */
export const headlineLimit = 8;

/** What the checks need to know of a chapter. */
export interface FindingsOfChapter {
  /** The chapter's file, for messages, e.g. `content/chapters/05-inside-the-compounds.mdx`. */
  file: string;
  findings: KeyFinding[];
  /** The ids of the chapter's sections. */
  sectionIds: string[];
}

/**
 * Checks what the schema of one chapter cannot: that each finding's section
 * is a section of its chapter, that the report has one to eight headline
 * findings, and at most one conclusion. Throws naming the file, the finding
 * and the field.
 */
export function checkFindings(chapters: FindingsOfChapter[]): void {
  const problems: string[] = [];
  for (const chapter of chapters) {
    for (const finding of chapter.findings) {
      if (!chapter.sectionIds.includes(finding.section)) {
        problems.push(`${chapter.file}: key finding "${finding.id}", field "section": "${finding.section}" is not a section of this chapter`);
      }
    }
  }
  const headlines = chapters.flatMap((chapter) => chapter.findings.filter((finding) => finding.headline).map((finding) => `${chapter.file}: ${finding.id}`));
  if (headlines.length === 0) problems.push('content/chapters: no key finding has "headline: true"; the home page needs one to eight');
  if (headlines.length > headlineLimit) {
    problems.push(`content/chapters: ${headlines.length} key findings have "headline: true", at most ${headlineLimit} may:\n  ${headlines.join('\n  ')}`);
  }
  const conclusions = chapters.flatMap((chapter) => chapter.findings.filter((finding) => finding.conclusion).map((finding) => `${chapter.file}: ${finding.id}`));
  if (conclusions.length > 1) {
    problems.push(`content/chapters: ${conclusions.length} key findings have "conclusion: true", the report has one conclusion:\n  ${conclusions.join('\n  ')}`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
