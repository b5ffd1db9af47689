import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../../config/site';
import { glossaryTerms } from '../../report/glossary-terms';
import { everyEdition, type Locale } from '../../editions/locales';
import { glossaryEntryIn } from '../../report/schemas/glossary';

export const getStaticPaths = everyEdition satisfies GetStaticPaths;

/**
 * Every glossary name → the section that explains it, in this edition, for
 * its search. A translated edition also knows the English names, which its
 * readers meet in the text beside the translated ones.
 */
export const GET: APIRoute<{ edition: Locale }> = async ({ props: { edition } }) => {
  const code = edition.code;
  const entries = (await getCollection('glossary')).map(({ data }) => glossaryEntryIn(data, code));
  return new Response(JSON.stringify(glossaryTerms(entries, `${site.basePath}${edition.prefix}`)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
