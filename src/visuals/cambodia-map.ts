/**
 * The map of Cambodia as an SVG file of its own, one per edition. It is an
 * image the chapter links rather than markup inside the chapter, so the
 * chapter's text arrives in the first round trip and the map just after.
 * Its styles are inside the file (an image cannot use the page's), dark
 * scheme included.
 */
import type { GeoProjection } from 'd3-geo';
import { borderPath, countryShapes, fitProjection, point, type MapCountries } from './map-geometry';

export const cambodiaMapSize = { width: 600, height: 520 } as const;

/** The words the map shows, in one language. */
export interface CambodiaMapWords {
  title: string;
  /** Places the report names, with the side their label goes on. */
  places: Array<{ name: string; at: [number, number]; labelSide: 'left' | 'right' | 'above' | 'below' }>;
  /** Labels for orientation. */
  thailand: string;
  laos: string;
  vietnam: string;
  gulf: string;
  /** The page's language, for the file's `xml:lang`. */
  lang: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The light colours are presentation attributes, which need no stylesheet;
 * the dark scheme is a small style block. Where a policy blocks the block
 * (the file opened on its own, under the site's CSP), the map stays light.
 */
const light = {
  sea: 'fill="#e8eef2"',
  land: 'fill="#f3f0ea" stroke="#9a9286" stroke-width="1"',
  focus: 'fill="#f6e3c9" stroke="#9a9286" stroke-width="1"',
  border: 'fill="none" stroke="#a3401a" stroke-width="6" stroke-linecap="round"',
  neighbour: 'font-size="28" fill="#57534c"',
  expressway: 'stroke="#1d1c1a" stroke-width="3" stroke-dasharray="8 6"',
  dot: 'fill="#1d1c1a" stroke="#fdfcfa" stroke-width="3"',
  place: 'font-size="30" font-weight="700" fill="#1d1c1a" paint-order="stroke" stroke="#f6e3c9" stroke-width="5" stroke-linejoin="round"',
};

const dark = `@media screen and (prefers-color-scheme: dark) {
  .sea { fill: #1a2530; }
  .land { fill: #2a2d31; stroke: #6f6a62; }
  .land.focus { fill: #4a3a28; }
  .border { stroke: #f0a673; }
  .neighbour { fill: #b3aea4; }
  .expressway { stroke: #e8e6e1; }
  .place circle { fill: #e8e6e1; stroke: #15171a; }
  .place text { fill: #e8e6e1; stroke: #4a3a28; }
}`;

const fonts = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

const offset = { right: [14, 7, 'start'], left: [-14, 7, 'end'], above: [0, -14, 'middle'], below: [0, 28, 'middle'] } as const;

export function cambodiaMapSvg(words: CambodiaMapWords, countries: MapCountries): string {
  const { width, height } = cambodiaMapSize;
  const projection: GeoProjection = fitProjection([[102.2, 9.9], [107.8, 14.9]], width, height, 10);
  const shapes = countryShapes(projection, countries);
  // The land borders this map's frame shows; Vietnam's runs along its edge.
  const borders = ['Thailand', 'Laos'].map((neighbour) => borderPath(projection, countries.focus, neighbour));
  const markers = words.places.map((place) => ({ ...place, ...point(projection, place.at) }));
  // Context labels, placed clear of the borders and of the place labels.
  const neighbours = [
    { name: words.thailand, anchor: 'start', ...point(projection, [102.3, 14.72]) },
    { name: words.laos, anchor: 'middle', ...point(projection, [106.3, 14.65]) },
    { name: words.vietnam, anchor: 'middle', ...point(projection, [107.2, 12.1]) },
    { name: words.gulf, anchor: 'start', ...point(projection, [102.3, 10.02]) },
  ];
  const [sihanoukville, phnomPenh] = markers;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xml:lang="${escape(words.lang)}" font-family="${escape(fonts)}">`,
    `<title>${escape(words.title)}</title>`,
    `<style>${dark.replace(/\s+/g, ' ')}</style>`,
    `<rect class="sea" width="${width}" height="${height}" ${light.sea}/>`,
    ...shapes.map((shape) => `<path class="land${shape.focus ? ' focus' : ''}" d="${shape.d}" ${shape.focus ? light.focus : light.land}/>`),
    ...borders.map((d) => `<path class="border" d="${d}" ${light.border}/>`),
    ...neighbours.map(
      (label) => `<text class="neighbour" x="${round(label.x)}" y="${round(label.y)}" text-anchor="${label.anchor}" ${light.neighbour}>${escape(label.name)}</text>`,
    ),
    sihanoukville && phnomPenh
      ? `<line class="expressway" x1="${round(sihanoukville.x)}" y1="${round(sihanoukville.y)}" x2="${round(phnomPenh.x)}" y2="${round(phnomPenh.y)}" ${light.expressway}/>`
      : '',
    ...markers.map((marker) => {
      const [dx, dy, anchor] = offset[marker.labelSide];
      return (
        `<g class="place"><circle cx="${round(marker.x)}" cy="${round(marker.y)}" r="7" ${light.dot}/>` +
        `<text x="${round(marker.x + dx)}" y="${round(marker.y + dy)}" text-anchor="${anchor}" ${light.place}>${escape(marker.name)}</text></g>`
      );
    }),
    '</svg>',
  ].join('\n');
}
