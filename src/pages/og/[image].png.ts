import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '../../data/report';
import { site } from '../../config/site';
import { ogPng } from '../../utils/og-image';

/** A preview image per chapter (`/og/slug.png`) and one for the report (`/og/report.png`). */
export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  return [
    { params: { image: 'report' }, props: { title: site.name } },
    ...chapters.map((chapter) => ({ params: { image: chapter.slug }, props: { title: chapter.data.title } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(
    ogPng({ report: site.reportTitle, title: (props as { title: string }).title, publisher: site.author.name }) as BodyInit,
    { headers: { 'Content-Type': 'image/png' } },
  );
