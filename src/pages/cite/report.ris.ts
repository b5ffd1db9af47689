import type { APIRoute } from 'astro';
import { ris } from '../../utils/citation';
import { citationSource } from '../../utils/cite-source';

export const GET: APIRoute = () =>
  new Response(ris(citationSource()), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
