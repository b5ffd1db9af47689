import { getCollection, render, type CollectionEntry } from 'astro:content';
import { chapterSlug, sortChapters } from '../utils/chapters';
import { checkFindings } from '../utils/findings';
import { sourceSections } from '../utils/sections';

export type ChapterEntry = CollectionEntry<'chapters'>;

/** Every chapter in reading order, each with the slug of its URL; its findings are checked against its sections. */
export async function getChapters(): Promise<Array<ChapterEntry & { slug: string }>> {
  const chapters = sortChapters(await getCollection('chapters'));
  checkFindings(
    chapters.map((chapter) => ({
      file: chapter.filePath ?? `content/chapters/${chapter.id}.mdx`,
      findings: chapter.data.keyFindings,
      sectionIds: sourceSections(chapter.body ?? '').map((section) => section.id),
    })),
  );
  return chapters.map((chapter) => ({ ...chapter, slug: chapterSlug(chapter.id) }));
}

/** The findings the home page leads with, in reading order, each with its chapter. */
export async function getHeadlineFindings() {
  const chapters = await getChapters();
  return chapters.flatMap((chapter) =>
    chapter.data.keyFindings.filter((finding) => finding.headline).map((finding) => ({ chapter, finding })),
  );
}

/** A glossary entry with the title of the page and section it points to. */
export interface ResolvedGlossaryEntry {
  entry: CollectionEntry<'glossary'>['data'];
  href: string;
  pageTitle: string;
  sectionTitle: string;
}

/**
 * The glossary in alphabetical order, each entry linked to the section that
 * explains it. Fails the build, naming the entry, if that section is missing.
 */
export async function getGlossary(): Promise<ResolvedGlossaryEntry[]> {
  const entries = await getCollection('glossary');
  const chapters = await getChapters();
  const pages = await getCollection('pages');
  const targets = new Map<string, { title: string; headings: Map<string, string> }>();
  for (const entry of [...chapters, ...pages]) {
    const { headings } = await render(entry);
    const path = 'slug' in entry ? `chapters/${entry.slug}/` : `${entry.id}/`;
    targets.set(path, {
      title: entry.data.title,
      headings: new Map(headings.map((heading) => [heading.slug, heading.text])),
    });
  }
  return entries
    .map(({ data }) => {
      const [page = '', id = ''] = data.see.split('#');
      const target = targets.get(page);
      const sectionTitle = target?.headings.get(id);
      if (!target || !sectionTitle) {
        throw new Error(`content/glossary.yaml: entry "${data.id}", field "see": ${data.see} is not a section of the report`);
      }
      return { entry: data, href: `${page}#${id}`, pageTitle: target.title, sectionTitle };
    })
    .sort((a, b) => a.entry.term.localeCompare(b.entry.term, 'en'));
}

/** Every section of every chapter, with its summary, for citation and share pages. */
export async function getSections() {
  const chapters = await getChapters();
  return chapters.flatMap((chapter) =>
    sourceSections(chapter.body ?? '').map((section) => ({
      chapter,
      // A section behind a content note is previewed without quoting it.
      section: section.contentNote
        ? { ...section, summary: `A section of chapter ${chapter.data.order}, “${chapter.data.title}”. It opens with a content note.` }
        : section,
    })),
  );
}

/** The corrections log, newest first. */
export async function getCorrections() {
  const entries = await getCollection('corrections');
  return entries.map((entry) => entry.data).sort((a, b) => b.date.getTime() - a.date.getTime());
}

/**
 * Describes a link target such as `chapters/belt-and-road/#largest-investor`
 * in words (Chapter 2, “China as Cambodia's largest investor”), so links say
 * where they go rather than "Read more". Fails the build on an unknown target.
 */
export async function describeSection(ref: string): Promise<string> {
  const [page = '', id = ''] = ref.split('#');
  const sections = await getSections();
  const found = sections.find(({ chapter, section }) => `chapters/${chapter.slug}/` === page && section.id === id);
  if (!found) throw new Error(`"${ref}" is not a section of the report`);
  return `Chapter ${found.chapter.data.order}, “${found.section.title}”`;
}

/** Static paths for pages made per section (`/cite/…/…/`, `/s/…/…/`). */
export async function sectionPaths() {
  const sections = await getSections();
  return sections.map(({ chapter, section }) => ({
    params: { chapter: chapter.slug, section: section.id },
    props: { chapterSlug: chapter.slug, chapterTitle: chapter.data.title, section },
  }));
}
