/**
 * What the maps show: only places and routes the report names. Coordinates
 * are public gazetteer positions (GeoNames), used to place markers; the
 * report gives no locations of compounds, and none are drawn.
 */
import type { Localised, Place, Route } from '../src/report/schemas/visuals';

/**
 * The country the maps are about and, around it on the regional map, the
 * countries drawn for context (names as world-atlas spells them).
 */
export const mapCountries = {
  focus: 'Cambodia',
  context: ['China', 'Taiwan', 'Malaysia', 'Thailand', 'Laos', 'Vietnam', 'Myanmar', 'Indonesia', 'Philippines', 'Brunei'],
};

/** Places the report names, on the map of Cambodia. */
export const places: Place[] = [
  {
    name: { en: 'Sihanoukville', 'zh-hans': '西哈努克港' },
    at: [103.5228, 10.6253],
    note: { en: 'Coastal city, home of the Sihanoukville Special Economic Zone, once a tourist town, then a casino city. According to CLW, most of the thousands of people trapped in Chinese-run scam compounds in Cambodia are held here.', 'zh-hans': '沿海城市，西哈努克港经济特区所在地，曾是旅游小城，后来成为赌城。据中国劳工观察，被困在柬埔寨由中国人经营的诈骗园区中的数千人，大多在这里。' },
    section: 'chapters/sihanoukville/#city-and-province',
    labelSide: 'right',
  },
  {
    name: { en: 'Phnom Penh', 'zh-hans': '金边' },
    at: [104.916, 11.5625],
    note: { en: "Cambodia's capital, linked to Sihanoukville by the expressway China Road and Bridge Corporation invested in.", 'zh-hans': '柬埔寨首都，经中国路桥工程有限责任公司投资的高速公路与西哈努克港相连。' },
    section: 'chapters/belt-and-road/#phnom-penh-sihanoukville-expressway',
    labelSide: 'right',
  },
];

/** Countries named on the regional map, with where their label sits (drawing only). */
export const countryLabels: Array<{ name: string; label: Localised; at: [number, number]; anchor?: 'start' | 'middle' | 'end' }> = [
  { name: 'China', label: { en: 'China', 'zh-hans': '中国' }, at: [108.5, 23.2] },
  { name: 'Taiwan', label: { en: 'Taiwan', 'zh-hans': '台湾' }, at: [120.2, 21.6] },
  { name: 'Laos', label: { en: 'Laos', 'zh-hans': '老挝' }, at: [103.2, 19.3] },
  { name: 'Thailand', label: { en: 'Thailand', 'zh-hans': '泰国' }, at: [100.2, 15.4] },
  // Placed south, clear of the arrows from China and Taiwan.
  { name: 'Vietnam', label: { en: 'Vietnam', 'zh-hans': '越南' }, at: [105.7, 10.4], anchor: 'start' },
  { name: 'Cambodia', label: { en: 'Cambodia', 'zh-hans': '柬埔寨' }, at: [105.05, 12.2] },
  { name: 'Malaysia', label: { en: 'Malaysia', 'zh-hans': '马来西亚' }, at: [102.2, 4.2] },
];

/**
 * Recruitment and trafficking routes the report describes, on the regional
 * map. Each joins a country to Cambodia as a whole: the report names no town,
 * crossing or landing point for any of them.
 */
export const routes: Route[] = [
  {
    from: 'China',
    label: { en: 'From China', 'zh-hans': '来自中国' },
    note: { en: 'People from China recruited or trafficked into scam operations in Cambodia.', 'zh-hans': '来自中国、被招募或被贩卖到柬埔寨诈骗团伙的人。' },
    section: 'chapters/casinos-to-scam-compounds/#gambling-crime-gangs',
  },
  {
    from: 'Taiwan',
    label: { en: 'From Taiwan', 'zh-hans': '来自台湾' },
    note: { en: 'Citizens of Taiwan reported to have been trafficked into scam operations in Cambodia.', 'zh-hans': '据报道被贩卖到柬埔寨诈骗团伙的台湾公民。' },
    section: 'chapters/sihanoukville/#casino-city',
  },
  {
    from: 'Malaysia',
    label: { en: 'From Malaysia', 'zh-hans': '来自马来西亚' },
    note: { en: 'Citizens of Malaysia, and of other Asian countries, reported to have been trafficked into scam operations in Cambodia.', 'zh-hans': '据报道被贩卖到柬埔寨诈骗团伙的马来西亚公民以及其他亚洲国家的公民。' },
    section: 'chapters/sihanoukville/#casino-city',
  },
  {
    via: 'Thailand',
    label: { en: 'Via Thailand (Mr. Qiao)', 'zh-hans': '经泰国（Qiao 先生）' },
    note: { en: 'By his account to CLW, Mr. Qiao was working in a third country, which the report does not name. He flew to Thailand on the promise of a cheaper ticket home, was then told to travel on to Cambodia instead, and was sold to a scam compound. Only the last leg, from Thailand to Cambodia, is drawn.', 'zh-hans': '据 Qiao 先生向中国劳工观察讲述，他当时在第三国工作，报告没有说明是哪个国家。有人许诺他能买到更便宜的回国机票，他便飞往泰国，随后被告知改去柬埔寨，结果被卖到一个诈骗园区。图中只画出最后一段行程，即从泰国到柬埔寨。' },
    section: 'chapters/trafficking-and-recruitment/#case-mr-qiao',
  },
];

/** The road between the capital and Sihanoukville, drawn as a straight dashed line. */
export const expressway = {
  label: { en: 'Expressway', 'zh-hans': '高速公路' },
  note: { en: "The road linking Phnom Penh and Sihanoukville, which the article calls Cambodia's first highway; in 2019 the state-owned China Road and Bridge Corporation invested over US$2 billion in building it.", 'zh-hans': '连接金边与西哈努克港的公路，文章称之为柬埔寨第一条高速公路；2019年，国有企业中国路桥工程有限责任公司投入逾20亿美元修建这条公路。' },
  section: 'chapters/belt-and-road/#phnom-penh-sihanoukville-expressway',
};

/** The border areas where, according to media sources, most other scam operations are. */
export const borderNote = {
  label: { en: 'Borders with Thailand and Laos', 'zh-hans': '与泰国和老挝接壤的边境地区' },
  note: { en: 'CLW writes, in a passage drawing on media sources, that dozens of scam operations are spread across Cambodia, mostly “across the border of Thailand and Laos”. The wording is ambiguous; this edition reads it as near Cambodia’s borders with those two countries, which is why they are drawn thick.', 'zh-hans': '中国劳工观察在一段依据媒体报道的文字中写道，柬埔寨各地分布着数十个诈骗团伙，大多位于“across the border of Thailand and Laos”。这一英文措辞含义不明确；本版将其理解为柬埔寨与这两国接壤的边境附近，因此把这两段边界画成粗线。' },
  section: 'chapters/casinos-to-scam-compounds/#compounds-beyond-sihanoukville',
};
