/**
 * The components src/rendering/link-controls.ts places in the report's text.
 * Every page that renders chapter or page content passes one of these sets.
 */
import Omitted from './Omitted.astro';
import ParagraphLink from './ParagraphLink.astro';
import SectionTools from './SectionTools.astro';
import TargetNote from './TargetNote.astro';

export const linkControlComponents = { ParagraphLink, SectionTools, TargetNote };

/** For the printed edition, which cites the chapters' own pages and shows no controls. */
export const withoutLinkControls = { ParagraphLink: Omitted, SectionTools: Omitted, TargetNote: Omitted };
