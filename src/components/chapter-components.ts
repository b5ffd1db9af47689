/** The components a chapter's MDX may use, shared by the chapter pages and the print edition. */
import Timeline from './Timeline.astro';
import CambodiaMap from './CambodiaMap.astro';
import RegionMap from './RegionMap.astro';
import SectionNote from './SectionNote.astro';
import { linkControlComponents } from './link-controls';
import { chapterLinkComponents } from './chapter-links';

export const chapterComponents = { Timeline, CambodiaMap, RegionMap, SectionNote, ...linkControlComponents, ...chapterLinkComponents };
