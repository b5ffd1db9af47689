import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtex } from '../../../outputs/citations/citation';
import { citationSource } from '../../../outputs/citations/cite-source';
import { everyEdition, localeOfParam } from '../../../editions/locales';

export const getStaticPaths = everyEdition satisfies GetStaticPaths;

/** The report as a BibTeX entry, citing this edition. */
export const GET: APIRoute = ({ params }) =>
  new Response(`${bibtex(citationSource(localeOfParam(params['lang'])))}\n`, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
