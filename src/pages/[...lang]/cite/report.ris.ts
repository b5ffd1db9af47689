import type { APIRoute, GetStaticPaths } from 'astro';
import { ris } from '../../../outputs/citations/citation';
import { citationSource } from '../../../outputs/citations/cite-source';
import { everyEdition, localeOfParam } from '../../../editions/locales';

export const getStaticPaths = everyEdition satisfies GetStaticPaths;

/** The report as an RIS record, citing this edition. */
export const GET: APIRoute = ({ params }) =>
  new Response(ris(citationSource(localeOfParam(params['lang']))), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
