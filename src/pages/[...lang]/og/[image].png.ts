import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '../../../report/model';
import { editionPath, localeCodes, type Locale } from '../../../editions/locales';
import { translator } from '../../../editions/translate';
import { latinFonts, ogPng, type OgFonts } from '../../../outputs/previews/og-image';
import { chineseFamily, chineseFontFiles, type ChineseScript } from '../../../outputs/cjk-fonts';

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

/** The fonts an image needs: the edition's Chinese ones (registry: `cjkFonts`), subset to its characters. */
async function fontsFor(scripts: readonly ChineseScript[], text: string): Promise<OgFonts> {
  if (scripts.length === 0) return latinFonts;
  // One weight: the files split each weight by Unicode range, and resvg would take a glyph
  // from whichever loaded face holds it, so mixed weights would mix within a line.
  const files = (await Promise.all(scripts.map((script) => chineseFontFiles(text, script, [400])))).flat();
  return { files, family: [latinFonts.family, ...scripts.map((script) => chineseFamily[script])].join(', '), chinese: true };
}

export const GET: APIRoute<{ edition: Locale; title: string }> = async ({ props: { edition, title } }) => {
  const { t, locale } = translator(edition.code);
  const data = { report: t('site.reportTitle'), title, publisher: t('site.author') };
  const fonts = await fontsFor(locale.cjkFonts, `${data.report}${data.title}${data.publisher}…`);
  return new Response(ogPng(data, fonts) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
