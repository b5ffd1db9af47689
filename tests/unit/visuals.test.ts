import { describe, expect, it } from 'vitest';
import { geoIdentity, type GeoProjection } from 'd3-geo';
import { checkRouteCountries, parseData, routeSchema } from '../../src/report/schemas/visuals';
import { arrowBetweenLabels } from '../../src/visuals/map-geometry';

const route = {
  label: { en: 'From China', 'zh-hans': '来自中国' },
  note: { en: 'People from China, as the report says.', 'zh-hans': '据报告所述，来自中国的人。' },
  section: 'chapters/first/#a-section',
};

describe('map routes join countries, never points', () => {
  it('a route that names an end point inside Cambodia is refused, naming the file, item and field', () => {
    expect(() => parseData('content/map.ts', routeSchema, [{ ...route, from: 'China', to: [105.9, 14.1] }])).toThrow(
      /^content\/map\.ts: item "#1": field "" .*"to"/,
    );
  });

  it('a route needs the country it starts in', () => {
    expect(() => parseData('content/map.ts', routeSchema, [route])).toThrow('needs "from" or "via"');
  });

  it('a country the map does not label stops the build', () => {
    const [parsed] = parseData('content/map.ts', routeSchema, [{ ...route, via: 'Atlantis' }]);
    expect(() => checkRouteCountries('content/map.ts', [parsed!], [{ name: 'Cambodia' }])).toThrow(
      'content/map.ts: item "From China": field "via" is "Atlantis", which is not one of the countryLabels',
    );
  });
});

describe('the words of a visual, in every language', () => {
  it('a label without its Chinese text stops the build, naming the file, the item and the field', () => {
    expect(() => parseData('content/map.ts', routeSchema, [{ ...route, from: 'China', label: { en: 'From China' } }])).toThrow(
      'content/map.ts: item "#1": field "label.zh-hans" is missing: the Simplified Chinese text',
    );
  });
});

describe('arrowBetweenLabels', () => {
  // Drawing units equal to the coordinates, with y pointing down as in SVG.
  const flat = geoIdentity().reflectY(false) as unknown as GeoProjection;

  it('starts just off one label and stops at the edge of the space kept around the other', () => {
    const arrow = arrowBetweenLabels(flat, [0, 0], [200, 0], { start: 20, end: { x: 60, y: 30 } }, 0);
    expect(arrow.start).toEqual({ x: 20, y: 0 });
    expect(arrow.d).toBe('M20,0 Q80,0 140,0');
  });

  it('stops at the top or bottom of that space when it arrives from above', () => {
    const arrow = arrowBetweenLabels(flat, [100, -200], [100, 0], { start: 20, end: { x: 60, y: 30 } }, 0);
    expect(arrow.d).toMatch(/ 100,-30$/);
  });
});
