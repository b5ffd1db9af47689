import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '../../../report/model';
import { editionPath, localeCodes, type Locale } from '../../../editions/locales';
import { translator } from '../../../editions/translate';
import { previewResponse } from '../../../outputs/previews/preview-response';

/** A preview image per chapter (`/og/slug.png`) and one for the report (`/og/report.png`), in each edition. */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const code of localeCodes) {
    const { t } = translator(code);
    paths.push(editionPath(code, { image: 'report' }, { title: t('site.name') }));
    for (const chapter of await getChapters(code)) {
      paths.push(editionPath(code, { image: chapter.slug }, { title: chapter.data.title }));
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ edition: Locale; title: string }> = ({ props: { edition, title } }) => previewResponse(edition.code, title);
