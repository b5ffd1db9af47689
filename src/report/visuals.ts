/**
 * The data behind the map, the timeline and the figures, checked once when
 * the site is built: a bad item stops the build, naming the file and field.
 */
import { figures as rawFigures } from '../../content/figures';
import { timeline as rawTimeline } from '../../content/timeline';
import * as map from '../../content/map';
import { checkRouteCountries, figureSchema, parseData, placeSchema, routeSchema, timelineEventSchema, withEnglishForNewEditions } from './schemas/visuals';

// The map's words are one file's: an edition with none of them shows them all in English.
const [rawPlaces, rawRoutes, countryLabels, expressway, borderNote] = withEnglishForNewEditions<unknown>([map.places, map.routes, map.countryLabels, map.expressway, map.borderNote]) as [
  typeof map.places,
  typeof map.routes,
  typeof map.countryLabels,
  typeof map.expressway,
  typeof map.borderNote,
];

export const figures = parseData('content/figures.ts', figureSchema, rawFigures);
export const timeline = parseData('content/timeline.ts', timelineEventSchema, rawTimeline);
export const places = parseData('content/map.ts', placeSchema, rawPlaces);
export const routes = parseData('content/map.ts', routeSchema, rawRoutes);
export { borderNote, countryLabels, expressway };
export const mapCountries = map.mapCountries;

checkRouteCountries('content/map.ts', routes, countryLabels);

/** Years and months of the timeline must run forward. */
for (let i = 1; i < timeline.length; i++) {
  if (timeline[i]!.date < timeline[i - 1]!.date) {
    throw new Error(`content/timeline.ts: item "${timeline[i]!.date}": field "date" is earlier than the item before it`);
  }
}
