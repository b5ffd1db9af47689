import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterSlug, sortChapters } from '../utils/chapters';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type PageEntry = CollectionEntry<'pages'>;

/** Every chapter in reading order, each with the slug of its URL. */
export async function getChapters(): Promise<Array<ChapterEntry & { slug: string }>> {
  const chapters = sortChapters(await getCollection('chapters'));
  return chapters.map((chapter) => ({ ...chapter, slug: chapterSlug(chapter.id) }));
}

/** A stand-alone page (about, further reading, getting help) by file name. */
export async function getPage(id: string): Promise<PageEntry> {
  const pages = await getCollection('pages');
  const page = pages.find((entry) => entry.id === id);
  if (!page) throw new Error(`content/pages/${id}.mdx is missing; the site links to it`);
  return page;
}
