import type { APIRoute, GetStaticPaths } from 'astro';
import { mapCountries, places } from '../../../report/visuals';
import { cambodiaMapSvg } from '../../../visuals/cambodia-map';
import { everyEdition, type Locale } from '../../../editions/locales';
import { translator } from '../../../editions/translate';

export const getStaticPaths = everyEdition satisfies GetStaticPaths;

/** The map of Cambodia in this edition's language (see src/visuals/cambodia-map.ts). */
export const GET: APIRoute<{ edition: Locale }> = ({ props: { edition } }) => {
  const { t, pick, locale } = translator(edition.code);
  const svg = cambodiaMapSvg({
    title: t('cambodiaMap.title'),
    places: places.map((place) => ({ name: pick(place.name), at: place.at, labelSide: place.labelSide })),
    thailand: t('cambodiaMap.thailand'),
    laos: t('cambodiaMap.laos'),
    vietnam: t('cambodiaMap.vietnam'),
    gulf: t('cambodiaMap.gulf'),
    lang: locale.lang,
  }, mapCountries);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
