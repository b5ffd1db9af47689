import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../../config/site';
import { glossaryTerms } from '../../report/glossary-terms';
import { everyEdition, localeOfParam, locales } from '../../editions/locales';
import { glossaryEntryIn } from '../../report/schemas/glossary';

export const getStaticPaths = everyEdition satisfies GetStaticPaths;

/**
 * Every glossary name → the section that explains it, in this edition, for
 * its search. A translated edition also knows the English names, which its
 * readers meet in the text beside the translated ones.
 */
export const GET: APIRoute = async ({ params }) => {
  const code = localeOfParam(params['lang']);
  const entries = (await getCollection('glossary')).map(({ data }) => glossaryEntryIn(data, code));
  return new Response(JSON.stringify(glossaryTerms(entries, `${site.basePath}${locales[code].prefix}`)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
