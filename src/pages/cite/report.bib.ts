import type { APIRoute } from 'astro';
import { bibtex } from '../../utils/citation';
import { citationSource } from '../../utils/cite-source';

export const GET: APIRoute = () =>
  new Response(`${bibtex(citationSource())}\n`, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
