import { getCollection, render, type CollectionEntry } from 'astro:content';
import { chapterSlug, sortChapters } from './chapters';
import { checkFindings } from './findings';
import { sourceSections, type SourceSection } from './sections';
import { followingEnglish } from './following-english';
import { lengthProblems, translationProblems } from './translations';
import { conversionOf, editionPath, getLocale, sourceLocale, type LocaleCode } from '../editions/locales';
import { translator } from '../editions/translate';
import { glossaryTranslationOf } from './schemas/glossary';

type EnglishChapter = CollectionEntry<'chapters'>;
type ChapterTranslation = CollectionEntry<'chapterTranslations'>;

/**
 * A chapter in one edition. The entry is the file that edition renders (the
 * English file, or its translation); `data` joins the translation's words to
 * the English chapter's order, date and finding sections, which only English sets.
 */
export type ChapterEntry = (EnglishChapter | ChapterTranslation) & {
  slug: string;
  data: EnglishChapter['data'] & {
    /** For a translation: the English `updated` date it follows. */
    translates?: Date;
  };
  /** The English chapter, which every edition's facts follow. */
  english: EnglishChapter;
  /** The source file, for messages and notices. */
  file: string;
  /**
   * Set when the edition has no translation of this chapter yet: the page
   * shows the English text, marked as English, under a notice in the
   * edition's language, so an edition can be published chapter by chapter.
   */
  fallback?: true;
};

const warned = new Set<string>();

/**
 * The report is parsed once per edition per build: every page asks for the
 * same chapters, and re-deriving them per page made the build grow faster
 * than the pages. The key is the content's digests, so `astro dev` still
 * sees an edited file.
 */
const memo = new Map<string, Promise<unknown>>();
async function once<T>(name: string, code: LocaleCode, make: () => Promise<T>): Promise<T> {
  // A build's content cannot change under it; only dev needs the digests.
  const digests = !import.meta.env.DEV ? '' : (await Promise.all(memoCollections.map((collection) => getCollection(collection))))
    .flatMap((entries) => entries.map((entry) => `${entry.id}:${entry.digest ?? ''}`))
    .join('|');
  const key = `${name}/${code}/${digests}`;
  if (!memo.has(key)) {
    for (const old of memo.keys()) if (old.startsWith(`${name}/${code}/`)) memo.delete(old);
    memo.set(key, make());
  }
  return memo.get(key) as Promise<T>;
}
const memoCollections = ['chapters', 'chapterTranslations', 'pages', 'pageTranslations', 'glossary'] as const;

/** Says once per build, naming the file, that a translation follows an older English text. */
function warnIfBehind(file: string, translates: Date, updated: Date): void {
  if (translates.getTime() >= updated.getTime() || warned.has(file)) return;
  warned.add(file);
  console.warn(
    `[translations] ${file} translates the English text of ${translates.toISOString().slice(0, 10)}; ` +
      `the English edition was updated on ${updated.toISOString().slice(0, 10)}. Its page says the English edition is newer.`,
  );
}

/** An edition's translation of an English file, or undefined when it has none yet (the page falls back to English). */
function translationOf<T extends { id: string }>(entries: readonly T[], code: LocaleCode, englishId: string): T | undefined {
  return entries.find((entry) => entry.id === `${code}/${englishId}`);
}

/** The language the text of a chapter or page is written in: the edition's, or English where it falls back. */
export function textLocale(entry: { fallback?: true }, code: LocaleCode) {
  return getLocale(entry.fallback ? sourceLocale : code);
}

async function englishChapters(): Promise<EnglishChapter[]> {
  const chapters = sortChapters(await getCollection('chapters'));
  checkFindings(
    chapters.map((chapter) => ({
      file: chapter.filePath ?? `content/chapters/${chapter.id}.mdx`,
      findings: chapter.data.keyFindings,
      sectionIds: sourceSections(chapter.body ?? '').map((section) => section.id),
    })),
  );
  return chapters;
}

/**
 * Every chapter of an edition in reading order, each with the slug of its URL.
 * A translation that does not match its English original's findings fails
 * the build, naming the file and the id; a section that lags behind English
 * is shown from English while it renders (src/rendering/english-first.ts).
 */
export function getChapters(code: LocaleCode = sourceLocale): Promise<ChapterEntry[]> {
  return once('chapters', code, () => loadChapters(code));
}

async function loadChapters(code: LocaleCode): Promise<ChapterEntry[]> {
  const english = await englishChapters();
  if (code === sourceLocale) {
    return english.map((chapter) => ({
      ...chapter,
      slug: chapterSlug(chapter.id),
      english: chapter,
      file: chapter.filePath ?? `content/chapters/${chapter.id}.mdx`,
    }));
  }
  const translations = await getCollection('chapterTranslations');
  const problems: string[] = [];
  const chapters = english.map((original): ChapterEntry => {
    const translation = translationOf(translations, code, original.id);
    if (!translation) {
      const file = original.filePath ?? `content/chapters/${original.id}.mdx`;
      return { ...original, slug: chapterSlug(original.id), english: original, file, fallback: true };
    }
    const file = translation.filePath ?? `content/chapters/${translation.id}.mdx`;
    const { data } = translation;
    problems.push(
      ...translationProblems({
        file,
        english: { findingIds: original.data.keyFindings.map((f) => f.id), hasContentNote: !!original.data.contentNote },
        translation: { findingIds: data.keyFindings.map((f) => f.id), hasContentNote: !!data.contentNote },
      }),
      // A converted edition's lengths are its source's, checked there.
      ...(conversionOf(code) ? [] : lengthProblems(file, getLocale(code).limits, { description: data.description, findings: data.keyFindings })),
    );
    warnIfBehind(file, data.translates, original.data.updated);
    return {
      ...translation,
      slug: chapterSlug(original.id),
      english: original,
      file,
      data: {
        ...original.data,
        title: data.title,
        description: data.description,
        contentNote: data.contentNote,
        translates: data.translates,
        keyFindings: original.data.keyFindings.map((finding) => ({
          ...finding,
          text: data.keyFindings.find((candidate) => candidate.id === finding.id)?.text ?? finding.text,
        })),
      },
    };
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return chapters;
}

/** A stand-alone page (About, Further reading, Getting help) in one edition. */
export type PageEntry = (CollectionEntry<'pages'> | CollectionEntry<'pageTranslations'>) & {
  /** The page's path segment, the English file name: `about`. */
  slug: string;
  data: CollectionEntry<'pages'>['data'] & { translates?: Date };
  file: string;
  /** Set when the edition has no translation of this page yet: it shows the English text (see ChapterEntry). */
  fallback?: true;
};

export function getPages(code: LocaleCode = sourceLocale): Promise<PageEntry[]> {
  return once('pages', code, () => loadPages(code));
}

async function loadPages(code: LocaleCode): Promise<PageEntry[]> {
  const english = await getCollection('pages');
  if (code === sourceLocale) {
    return english.map((page) => ({ ...page, slug: page.id, file: page.filePath ?? `content/pages/${page.id}.mdx` }));
  }
  const translations = await getCollection('pageTranslations');
  const problems: string[] = [];
  const pages = english.map((original): PageEntry => {
    const translation = translationOf(translations, code, original.id);
    if (!translation) return { ...original, slug: original.id, file: original.filePath ?? `content/pages/${original.id}.mdx`, fallback: true };
    const file = translation.filePath ?? `content/pages/${translation.id}.mdx`;
    // Its sections follow English while it renders (src/rendering/english-first.ts).
    problems.push(...(conversionOf(code) ? [] : lengthProblems(file, getLocale(code).limits, { description: translation.data.description })));
    warnIfBehind(file, translation.data.translates, original.data.updated);
    return {
      ...translation,
      slug: original.id,
      file,
      data: { ...original.data, title: translation.data.title, description: translation.data.description, translates: translation.data.translates },
    };
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return pages;
}

/** The findings the home page leads with, in reading order, each with its chapter. */
export async function getHeadlineFindings(code: LocaleCode = sourceLocale) {
  const chapters = await getChapters(code);
  return chapters.flatMap((chapter) =>
    chapter.data.keyFindings.filter((finding) => finding.headline).map((finding) => ({ chapter, finding })),
  );
}

/** CLW's conclusion, the one finding marked `conclusion` (checkFindings allows one), with its chapter; undefined when none is. */
export async function getConclusion(code: LocaleCode = sourceLocale) {
  const chapters = await getChapters(code);
  return chapters
    .flatMap((chapter) => chapter.data.keyFindings.filter((finding) => finding.conclusion).map((finding) => ({ chapter, finding })))
    .at(0);
}

/** A glossary entry in one edition, with the title of the page and section it points to. */
export interface ResolvedGlossaryEntry {
  entry: { id: string; term: string; aliases: string[]; definition: string; note?: string | undefined; see: string };
  href: string;
  pageTitle: string;
  sectionTitle: string;
  /** Set when the entry shows its English words, not yet translated into the edition. */
  fallback?: true;
}

/**
 * A glossary entry's words in an edition. An edition still being published
 * chapter by chapter (some chapter falls back to English) shows the English
 * words of an entry it has not translated; once every chapter is translated,
 * every entry must be too.
 */
function glossaryWords(data: CollectionEntry<'glossary'>['data'], code: LocaleCode, complete: boolean): ResolvedGlossaryEntry['entry'] {
  if (code === sourceLocale) return data;
  const words = glossaryTranslationOf(data, code);
  if (!words && !complete) return data;
  if (!words) throw new Error(`content/glossary.yaml: entry "${data.id}", field "${conversionOf(code)?.from ?? code}": missing; the ${code} edition needs the term, its aliases and definition`);
  if (data.note && !words.note) throw new Error(`content/glossary.yaml: entry "${data.id}", field "${conversionOf(code)?.from ?? code}.note": missing; the English entry has a note`);
  return { id: data.id, see: data.see, term: words.term, aliases: words.aliases, definition: words.definition, note: words.note };
}

/**
 * The glossary of an edition in its alphabetical order, each entry linked to
 * the section that explains it. Fails the build, naming the entry, if that
 * section is missing.
 */
export function getGlossary(code: LocaleCode = sourceLocale): Promise<ResolvedGlossaryEntry[]> {
  return once('glossary', code, () => loadGlossary(code));
}

async function loadGlossary(code: LocaleCode): Promise<ResolvedGlossaryEntry[]> {
  const entries = await getCollection('glossary');
  const chapters = await getChapters(code);
  const pages = await getPages(code);
  const targets = new Map<string, { title: string; headings: Map<string, string> }>();
  for (const entry of [...chapters, ...pages]) {
    const { headings } = await render(entry);
    const path = 'english' in entry ? `chapters/${entry.slug}/` : `${entry.slug}/`;
    targets.set(path, {
      title: entry.data.title,
      headings: new Map(headings.map((heading) => [heading.slug, heading.text])),
    });
  }
  const { locale } = translator(code);
  const complete = chapters.every((chapter) => !chapter.fallback);
  return entries
    .filter(({ data }) => !data.searchOnly)
    .map(({ data }) => {
      const [page = '', id = ''] = data.see.split('#');
      const target = targets.get(page);
      const sectionTitle = target?.headings.get(id);
      if (!target || !sectionTitle) {
        throw new Error(`content/glossary.yaml: entry "${data.id}", field "see": ${data.see} is not a section of the report`);
      }
      const entry = glossaryWords(data, code, complete);
      const resolved = { entry, href: `${page}#${id}`, pageTitle: target.title, sectionTitle };
      return code !== sourceLocale && entry === data ? { ...resolved, fallback: true as const } : resolved;
    })
    // Sorted by the words, not by an opening quotation mark (“一带一路”倡议).
    .sort((a, b) => sortKey(a.entry.term).localeCompare(sortKey(b.entry.term), locale.intl));
}

function sortKey(term: string): string {
  return term.replace(/^[\p{P}\s]+/u, '');
}

/** Every section of every chapter of an edition, with its summary, for citation and share pages. */
export function getSections(code: LocaleCode = sourceLocale) {
  return once('sections', code, () => loadSections(code));
}

async function loadSections(code: LocaleCode) {
  const chapters = await getChapters(code);
  const { t } = translator(code);
  return chapters.flatMap((chapter) =>
    chapterSections(chapter, code).map((section) => ({
      chapter,
      // A section behind a content note is previewed without quoting it.
      section: section.contentNote
        ? { ...section, summary: t('section.notedSummary', { order: chapter.data.order, title: chapter.data.title }) }
        : section,
    })),
  );
}

/** A chapter's sections in an edition: a translation's follow the English ones (src/report/following-english.ts). */
function chapterSections(chapter: ChapterEntry, code: LocaleCode): Array<SourceSection & { english?: true }> {
  const own = sourceSections(chapter.body ?? '', textLocale(chapter, code).writing);
  if (code === sourceLocale || chapter.fallback) return own;
  return followingEnglish(sourceSections(chapter.english.body ?? ''), own);
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
export async function describeSection(ref: string, code: LocaleCode = sourceLocale): Promise<string> {
  const [page = '', id = ''] = ref.split('#');
  const sections = await getSections(code);
  const found = sections.find(({ chapter, section }) => `chapters/${chapter.slug}/` === page && section.id === id);
  if (!found) throw new Error(`"${ref}" is not a section of the report`);
  return translator(code).t('section.where', { order: found.chapter.data.order, title: found.section.title });
}

/** Static paths for pages made per section (`/cite/…/…/`, `/s/…/…/`), in every edition. */
export async function sectionPaths(codes: readonly LocaleCode[]) {
  const paths = [];
  for (const code of codes) {
    for (const { chapter, section } of await getSections(code)) {
      paths.push(editionPath(code, { chapter: chapter.slug, section: section.id }, { chapterSlug: chapter.slug, chapterTitle: chapter.data.title, section }));
    }
  }
  return paths;
}
