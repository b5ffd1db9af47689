import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { site } from '../config/site';
import { glossaryTerms } from '../utils/glossary-terms';

/** Every glossary name → the section that explains it, for the search page. */
export const GET: APIRoute = async () => {
  const entries = (await getCollection('glossary')).map((entry) => entry.data);
  return new Response(JSON.stringify(glossaryTerms(entries, site.basePath)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
