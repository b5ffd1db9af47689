import type { APIRoute, GetStaticPaths } from 'astro';
import { editionPath, localeCodes } from '../../../editions/locales';
import { figures } from '../../../report/visuals';
import { figureCsv } from '../../../outputs/figure-data/figure-csv';
import type { Figure } from '../../../report/schemas/visuals';
import { site } from '../../../config/site';

/** Each figure's numbers as CSV (`figures/<id>.csv`), in each edition, linked under the figure. */
export const getStaticPaths = (() => localeCodes.flatMap((code) => figures.map((figure) => editionPath(code, { figure: figure.id }, { figure })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: Figure }> = ({ props: { figure }, locals: { i18n } }) =>
  new Response(figureCsv(figure, i18n, new URL(i18n.path(figure.section), site.url).href), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
