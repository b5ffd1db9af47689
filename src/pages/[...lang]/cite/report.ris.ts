import type { APIRoute, GetStaticPaths } from 'astro';
import { ris } from '../../../outputs/citations/citation';
import { citationSource } from '../../../outputs/citations/cite-source';
import { everyEdition, type Locale } from '../../../editions/locales';

export const getStaticPaths = everyEdition satisfies GetStaticPaths;

/** The report as an RIS record, citing this edition. */
export const GET: APIRoute<{ edition: Locale }> = ({ props: { edition } }) =>
  new Response(ris(citationSource(edition.code)), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
