import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../../config/site';
import { glossaryTerms, type SearchTerms } from '../../report/glossary-terms';
import { getSections } from '../../report/model';
import { everyEdition, type Locale } from '../../editions/locales';
import { glossaryEntryIn } from '../../report/schemas/glossary';

export const getStaticPaths = everyEdition satisfies GetStaticPaths;

/**
 * Every glossary name → the section that explains it, in this edition, for
 * its search, and every section's title. A translated edition also knows the
 * English names, which its readers meet in the text beside the translated
 * ones. Search shows these links at once, before its index is in.
 */
export const GET: APIRoute<{ edition: Locale }> = async ({ props: { edition } }) => {
  const code = edition.code;
  const entries = (await getCollection('glossary')).map(({ data }) => glossaryEntryIn(data, code));
  const base = `${site.basePath}${edition.prefix}`;
  const sections = (await getSections(code)).map(({ chapter, section }) => [`${base}chapters/${chapter.slug}/#${section.id}`, chapter.data.title, section.title]);
  const file: SearchTerms = { terms: glossaryTerms(entries, base), sections: sections as SearchTerms['sections'] };
  return new Response(JSON.stringify(file), {
    headers: { 'Content-Type': 'application/json' },
  });
};
