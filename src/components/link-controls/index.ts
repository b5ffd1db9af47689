/**
 * The components src/rendering/link-controls.ts places in the report's text,
 * and the notices src/rendering/english-first.ts places in a translation.
 * Every page that renders chapter or page content passes one of these sets.
 */
import SectionStatus from '../SectionStatus.astro';
import Omitted from './Omitted.astro';
import ParagraphLink from './ParagraphLink.astro';
import SectionTools from './SectionTools.astro';
import TargetNote from './TargetNote.astro';

export const linkControlComponents = { ParagraphLink, SectionTools, TargetNote, SectionStatus };

/** For the printed edition, which cites the chapters' own pages and shows no controls (but a translation's notices). */
export const withoutLinkControls = { ParagraphLink: Omitted, SectionTools: Omitted, TargetNote: Omitted, SectionStatus };
