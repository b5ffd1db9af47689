/**
 * What the maps show: only places and routes the report names. Coordinates
 * are public gazetteer positions (GeoNames), used to place markers; the
 * report gives no locations of compounds, and none are drawn.
 */
import type { Place, Route } from '../src/schemas/visuals';

/** Places the report names, on the map of Cambodia. */
export const places: Place[] = [
  {
    name: 'Sihanoukville',
    at: [103.5228, 10.6253],
    note: 'Coastal city, home of the Sihanoukville Special Economic Zone, once a tourist town, then a casino city. According to CLW, most of the thousands of people trapped in Chinese-run scam compounds in Cambodia are held here.',
    section: 'chapters/sihanoukville/#city-and-province',
    labelSide: 'right',
  },
  {
    name: 'Phnom Penh',
    at: [104.916, 11.5625],
    note: "Cambodia's capital, linked to Sihanoukville by the expressway China Road and Bridge Corporation invested in.",
    section: 'chapters/belt-and-road/#phnom-penh-sihanoukville-expressway',
    labelSide: 'right',
  },
];

/** Countries named on the regional map, with where their label sits (drawing only). */
export const countryLabels: Array<{ name: string; at: [number, number]; anchor?: 'start' | 'middle' | 'end' }> = [
  { name: 'China', at: [108.5, 23.2] },
  { name: 'Taiwan', at: [120.2, 21.6] },
  { name: 'Laos', at: [103.2, 19.3] },
  { name: 'Thailand', at: [100.2, 15.4] },
  // Placed south, clear of the arrows from China and Taiwan.
  { name: 'Vietnam', at: [105.7, 10.4], anchor: 'start' },
  { name: 'Cambodia', at: [105.05, 12.2] },
  { name: 'Malaysia', at: [102.2, 4.2] },
];

/**
 * Recruitment and trafficking routes the report describes, on the regional
 * map. Each joins a country to Cambodia as a whole: the report names no town,
 * crossing or landing point for any of them.
 */
export const routes: Route[] = [
  {
    from: 'China',
    label: 'From China',
    note: 'People from China recruited or trafficked into scam operations in Cambodia.',
    section: 'chapters/casinos-to-scam-compounds/#gambling-crime-gangs',
  },
  {
    from: 'Taiwan',
    label: 'From Taiwan',
    note: 'Citizens of Taiwan reported to have been trafficked into scam operations in Cambodia.',
    section: 'chapters/casinos-to-scam-compounds/#covid-19-victims',
  },
  {
    from: 'Malaysia',
    label: 'From Malaysia',
    note: 'Citizens of Malaysia, and of other Asian countries, reported to have been trafficked into scam operations in Cambodia.',
    section: 'chapters/casinos-to-scam-compounds/#covid-19-victims',
  },
  {
    via: 'Thailand',
    label: 'Via Thailand (Mr. Qiao)',
    note: 'By his account to CLW, Mr. Qiao was working in a third country, which the report does not name. He flew to Thailand on the promise of a cheaper ticket home, was then told to travel on to Cambodia instead, and was sold to a scam compound. Only the last leg, from Thailand to Cambodia, is drawn.',
    section: 'chapters/trafficking-and-recruitment/#case-mr-qiao',
  },
];

/** The road between the capital and Sihanoukville, drawn as a straight dashed line. */
export const expressway = {
  label: 'Expressway',
  note: "The road linking Phnom Penh and Sihanoukville, which the article calls Cambodia's first highway; in 2019 the state-owned China Road and Bridge Corporation invested over US$2 billion in building it.",
  section: 'chapters/belt-and-road/#phnom-penh-sihanoukville-expressway',
};

/** The border areas where, according to media sources, most other scam operations are. */
export const borderNote = {
  label: 'Borders with Thailand and Laos',
  note: 'According to media sources, dozens of scam operations are spread across Cambodia, mostly near its borders with Thailand and Laos.',
  section: 'chapters/casinos-to-scam-compounds/#compounds-beyond-sihanoukville',
};
