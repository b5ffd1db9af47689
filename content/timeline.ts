/**
 * The dated events of the report, in date order. Only events the article
 * dates; the COVID-19 pandemic is left out because the article gives no date.
 */
import type { TimelineEvent } from '../src/schemas/visuals';

export const timeline: TimelineEvent[] = [
  {
    date: '2010',
    text: 'Cambodia and China agree to develop the Sihanoukville Special Economic Zone together.',
    section: 'chapters/sihanoukville/#ssez-agreement-2010',
  },
  {
    date: '2013',
    text: 'China launches the Belt and Road Initiative. The article, naming no source, puts the number of Chinese nationals in Cambodia at around 80,000.',
    section: 'chapters/belt-and-road/#belt-and-road-initiative',
  },
  {
    date: '2016',
    text: 'A memorandum signed by the two governments makes Cambodia a participating country in the Belt and Road Initiative.',
    section: 'chapters/belt-and-road/#memorandum-2016',
  },
  {
    date: '2018',
    text: 'Ambassador Xiong Bo says China will not support Sihanoukville becoming a gambling city.',
    section: 'chapters/casinos-to-scam-compounds/#xiong-bo-2018',
  },
  {
    date: '2019',
    text: 'China Road and Bridge Corporation puts over US$2 billion into the Phnom Penh–Sihanoukville expressway.',
    section: 'chapters/belt-and-road/#phnom-penh-sihanoukville-expressway',
  },
  {
    date: '2019',
    text: 'Chinese and Cambodian officials carry out a joint law enforcement operation against crime that crosses national borders.',
    section: 'chapters/casinos-to-scam-compounds/#crackdown-2019',
  },
  {
    date: '2019',
    text: 'According to an official Chinese source, enforcement by Cambodian and Chinese police working together leads to close to 1,000 arrests this year.',
    section: 'chapters/victims-treated-as-criminals/#arrests-2019',
  },
  {
    date: '2019',
    text: 'The article, naming no source, puts the number of Chinese nationals in Cambodia at 250,000.',
    section: 'chapters/belt-and-road/#population-and-effects',
  },
  {
    date: '2020-01',
    text: 'From this month, according to the report, Cambodia’s government was to grant no online gambling permit.',
    section: 'chapters/casinos-to-scam-compounds/#crackdown-2019',
  },
  {
    date: '2021',
    text: 'Some 19,000 people are arrested after returning to China, on scam and fraud allegations, according to China’s Ministry of Public Security.',
    section: 'chapters/victims-treated-as-criminals/#arrests-2021',
  },
];
