/**
 * Map geometry, computed at build time from Natural Earth boundaries
 * (world-atlas, 1:50m) with d3-geo. The pages receive plain SVG path strings;
 * no map code or tiles reach the reader.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import world110m from 'world-atlas/countries-110m.json' with { type: 'json' };

type Lonlat = [number, number];
type CountryProps = { name: string };

type World = Topology<{ countries: GeometryCollection<CountryProps> }>;

/** 1:50m detail for a country's own map; 1:110m is plenty, and far lighter, for a region. */
export type Detail = '50m' | '110m';
const topologies: Record<Detail, World> = {
  '50m': world50m as unknown as World,
  '110m': world110m as unknown as World,
};
const countrySets = {
  '50m': feature(topologies['50m'], topologies['50m'].objects.countries) as FeatureCollection<Geometry, CountryProps>,
  '110m': feature(topologies['110m'], topologies['110m'].objects.countries) as FeatureCollection<Geometry, CountryProps>,
};

/** Which countries a map draws: the one it is about, and the ones around it for context (world-atlas names). */
export interface MapCountries {
  focus: string;
  context: readonly string[];
}

export function countryFeature(name: string, detail: Detail = '50m'): Feature<Geometry, CountryProps> {
  const found = countrySets[detail].features.find((country) => country.properties.name === name);
  if (!found) throw new Error(`world-atlas has no country named "${name}"`);
  return found;
}

/** A Mercator projection that fits a longitude/latitude box into the drawing. */
export function fitProjection(box: [Lonlat, Lonlat], width: number, height: number, padding = 0): GeoProjection {
  const [[west, south], [east, north]] = box;
  const outline: Feature = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] },
  };
  return geoMercator()
    .fitExtent([[padding, padding], [width - padding, height - padding]], outline)
    .clipExtent([[0, 0], [width, height]]);
}

export interface CountryShape {
  name: string;
  d: string;
  focus: boolean;
}

/** The outlines of the focus country and its context countries, as SVG paths. */
export function countryShapes(projection: GeoProjection, countries: MapCountries, detail: Detail = '50m'): CountryShape[] {
  const path = geoPath(projection).digits(1);
  return [countries.focus, ...countries.context]
    .filter((name) => countrySets[detail].features.some((country) => country.properties.name === name))
    .map((name) => ({ name, d: path(countryFeature(name, detail)) ?? '', focus: name === countries.focus }))
    .filter((shape) => shape.d !== '');
}

/** The border two countries share, as an SVG path. */
export function borderPath(projection: GeoProjection, country: string, neighbour: string): string {
  const topology = topologies['50m'];
  const line = mesh(
    topology,
    topology.objects.countries,
    (a, b) => {
      const names = [a, b].map((country) => (country.properties as CountryProps | undefined)?.name);
      return a !== b && names.includes(country) && names.includes(neighbour);
    },
  ) as MultiLineString;
  return geoPath(projection).digits(1)(line) ?? '';
}

/** A point in drawing coordinates, rounded to keep the SVG small. */
export function point(projection: GeoProjection, at: Lonlat): { x: number; y: number } {
  const [x, y] = projection(at) ?? [0, 0];
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

/** How far an arrow keeps clear of the labels it joins, in drawing units. */
export interface ArrowClearance {
  /** Gap after the start label's centre. */
  start: number;
  /** Half-width and half-height of the box kept clear around the end label's centre. */
  end: { x: number; y: number };
}

/**
 * A gently curved arrow from one country's label to another's, bending to the
 * left of travel. It joins countries, not places: both ends stop short of the
 * labels, so the arrow names no town, crossing or landing point.
 */
export function arrowBetweenLabels(
  projection: GeoProjection,
  from: Lonlat,
  to: Lonlat,
  clearance: ArrowClearance,
  bend = 0.18,
): { d: string; start: { x: number; y: number } } {
  const a = point(projection, from);
  const b = point(projection, to);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  const ux = dx / length;
  const uy = dy / length;
  // Where the line from the end label's centre back to the start leaves the clear box around it.
  const endGap = 1 / Math.max(Math.abs(ux) / clearance.end.x, Math.abs(uy) / clearance.end.y);
  const round = (value: number) => Math.round(value * 10) / 10;
  const start = { x: round(a.x + ux * clearance.start), y: round(a.y + uy * clearance.start) };
  const end = { x: round(b.x - ux * endGap), y: round(b.y - uy * endGap) };
  const mx = (start.x + end.x) / 2 - (end.y - start.y) * bend;
  const my = (start.y + end.y) / 2 + (end.x - start.x) * bend;
  return { d: `M${start.x},${start.y} Q${Math.round(mx)},${Math.round(my)} ${end.x},${end.y}`, start };
}
