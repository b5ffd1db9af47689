/**
 * The components a link between chapters becomes (src/rendering/chapter-links.ts
 * places them). Every page that renders chapter or page content passes one set.
 */
import ChapterLink from './ChapterLink.astro';
import InPageChapterLink from './InPageChapterLink.astro';

export const chapterLinkComponents = { ChapterLink };

/** For the print edition, which holds every chapter: a link leads to the section on the same page. */
export const inPageChapterLinks = { ChapterLink: InPageChapterLink };
