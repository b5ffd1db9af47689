/**
 * On /print/, each chapter's title is its h2, so the chapter's own headings
 * move one level down (## becomes h3): the page's outline, and the PDF's
 * bookmarks made from it, then hold each chapter's sections under the chapter.
 */
import Heading3 from './Heading3.astro';
import Heading4 from './Heading4.astro';
import Heading5 from './Heading5.astro';

export const headingsOneLevelDown = { h2: Heading3, h3: Heading4, h4: Heading5 };
