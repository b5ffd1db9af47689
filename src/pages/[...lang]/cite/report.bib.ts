import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtex } from '../../../outputs/citations/citation';
import { citationSource } from '../../../outputs/citations/cite-source';
import { everyEdition, type Locale } from '../../../editions/locales';

export const getStaticPaths = everyEdition satisfies GetStaticPaths;

/** The report as a BibTeX entry, citing this edition. */
export const GET: APIRoute<{ edition: Locale }> = ({ props: { edition } }) =>
  new Response(`${bibtex(citationSource(edition.code))}\n`, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
