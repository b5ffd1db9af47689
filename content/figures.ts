/**
 * The report's numbers, in one place. Charts, tables and the landing page all
 * read this file, so a corrected number changes everywhere. Every value comes
 * from the article, with its attribution kept in `source`.
 */
import type { Figure } from '../src/schemas/visuals';

export const figures: Figure[] = [
  {
    id: 'figure-chinese-nationals',
    title: 'Chinese nationals in Cambodia',
    unit: 'people',
    kind: 'bars',
    data: [
      { label: '2013', value: 80000, display: '80,000', qualifier: 'around' },
      { label: '2019', value: 250000, display: '250,000' },
    ],
    source:
      'The article itself puts the number of Chinese nationals in Cambodia at around 80,000 in 2013 and 250,000 in 2019, naming no source. This edition could not corroborate these figures elsewhere.',
    section: 'chapters/belt-and-road/#population-and-effects',
  },
  {
    id: 'figure-investment',
    title: 'Chinese investment and gifts',
    unit: 'US dollars',
    kind: 'stats',
    data: [
      { label: 'Chinese investment in Cambodia, in total', value: 12_500_000_000, display: 'US$12.5 billion', qualifier: 'more than' },
      { label: 'Phnom Penh–Sihanoukville expressway (2019)', value: 2_000_000_000, display: 'US$2 billion', qualifier: 'over' },
      { label: 'National stadium, a gift', value: 150_000_000, display: 'US$150 million' },
    ],
    source:
      'News sources cited in the report put total Chinese investment in Cambodia at more than US$12.5 billion. In 2019 China Road and Bridge Corporation put over US$2 billion into the expressway, and China gave a national stadium costing US$150 million.',
    section: 'chapters/belt-and-road/#largest-investor',
  },
  {
    id: 'figure-price',
    title: 'The price of a trafficked person',
    unit: 'US dollars per person',
    kind: 'range',
    data: [{ label: 'Price paid to snakeheads', value: 10000, upTo: 30000, display: 'US$10,000–30,000', qualifier: 'around' }],
    source: 'Snakeheads reportedly sell each victim to a scam operation for around US$10,000–30,000, which the victim is then told to repay.',
    section: 'chapters/trafficking-and-recruitment/#sale-and-debt',
  },
  {
    id: 'figure-arrests',
    title: 'Arrests',
    unit: 'people arrested',
    // Two different counts from two different sources: not a trend, so no shared scale.
    kind: 'stats',
    data: [
      { label: '2019, joint Cambodian and Chinese police action', value: 1000, display: '1,000', qualifier: 'close to' },
      { label: '2021, after returning to China', value: 19000, display: '19,000', qualifier: 'some' },
    ],
    source:
      'According to an official Chinese source, joint police action led to close to 1,000 arrests in 2019. According to China’s Ministry of Public Security, some 19,000 people were arrested in 2021 after returning to China, on scam and fraud allegations; this figure could not be corroborated elsewhere.',
    section: 'chapters/victims-treated-as-criminals/#arrests-2019',
  },
];
