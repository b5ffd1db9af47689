import registry from '../../content/anchors.json' with { type: 'json' };
import { editionPath, localisedPath, type LocaleCode } from '../editions/locales';
import { aliasesOf, entriesOfPage, type AnchorRegistry } from './anchor-registry';
import { getSections } from './model';

/**
 * Share and cite pages of renamed sections. A section's share page
 * (`/s/chapter/section/`) and cite page (`/cite/chapter/section/`) are
 * addressed by its id; when the id is renamed in the registry
 * (`"old-id": "new-id"` under the chapter), the old addresses stay: each
 * forwards to the page of the new id, in every edition.
 */
export async function movedSectionPaths(codes: readonly LocaleCode[]) {
  const paths = [];
  for (const code of codes) {
    const sections = await getSections(code);
    for (const slug of new Set(sections.map(({ chapter }) => chapter.slug))) {
      const own = sections.filter(({ chapter }) => chapter.slug === slug);
      const entries = entriesOfPage(registry as AnchorRegistry, localisedPath(code, `chapters/${slug}/`));
      for (const [old, target] of aliasesOf(entries)) {
        const found = own.find(({ section }) => section.id === target);
        // A paragraph's old id has no pages; an id still in use is reported by the check of the built site.
        if (!found || own.some(({ section }) => section.id === old)) continue;
        paths.push(editionPath(code, { chapter: slug, section: old }, { chapterSlug: slug, chapterTitle: found.chapter.data.title, section: found.section, movedFrom: old }));
      }
    }
  }
  return paths;
}
