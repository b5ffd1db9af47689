/**
 * The dated events of the report, in date order. Only events the article
 * dates; the COVID-19 pandemic is left out because the article gives no date.
 */
import type { TimelineEvent } from '../src/report/schemas/visuals';

export const timeline: TimelineEvent[] = [
  {
    date: '2010',
    text: { en: 'Cambodia and China agree to develop the Sihanoukville Special Economic Zone together.', 'zh-hans': '柬埔寨与中国商定共同开发西哈努克港经济特区。' },
    section: 'chapters/sihanoukville/#ssez-agreement-2010',
  },
  {
    date: '2013',
    text: { en: 'China launches the Belt and Road Initiative. The article, naming no source, puts the number of Chinese nationals in Cambodia at around 80,000.', 'zh-hans': '中国启动“一带一路”倡议。文章未注明来源，称在柬中国公民约8万人。' },
    section: 'chapters/belt-and-road/#belt-and-road-initiative',
  },
  {
    date: '2016',
    text: { en: 'A memorandum signed by the two governments makes Cambodia a participating country in the Belt and Road Initiative.', 'zh-hans': '两国政府签署的一份备忘录使柬埔寨成为“一带一路”倡议的参与国。' },
    section: 'chapters/belt-and-road/#memorandum-2016',
  },
  {
    date: '2018',
    text: { en: 'Ambassador Xiong Bo says China will not support Sihanoukville becoming a gambling city.', 'zh-hans': '熊波大使表示，中国不会支持西哈努克港变成一座赌城。' },
    section: 'chapters/casinos-to-scam-compounds/#xiong-bo-2018',
  },
  {
    date: '2019',
    text: { en: 'China Road and Bridge Corporation puts over US$2 billion into the Phnom Penh–Sihanoukville expressway.', 'zh-hans': '中国路桥工程有限责任公司向金边至西哈努克港高速公路投入逾20亿美元。' },
    section: 'chapters/belt-and-road/#phnom-penh-sihanoukville-expressway',
  },
  {
    date: '2019',
    text: { en: 'Chinese and Cambodian officials carry out a joint law enforcement operation against crime that crosses national borders.', 'zh-hans': '中柬两国官员联合开展执法行动，打击跨越国界的犯罪。' },
    section: 'chapters/casinos-to-scam-compounds/#crackdown-2019',
  },
  {
    date: '2019',
    text: { en: 'According to an official Chinese source, enforcement by Cambodian and Chinese police working together leads to close to 1,000 arrests this year.', 'zh-hans': '据中国官方消息，柬中两国警方联合执法，当年逮捕近千人。' },
    section: 'chapters/victims-treated-as-criminals/#arrests-2019',
  },
  {
    date: '2019',
    text: { en: 'The article, naming no source, puts the number of Chinese nationals in Cambodia at 250,000.', 'zh-hans': '文章未注明来源，称在柬中国公民达25万人。' },
    section: 'chapters/belt-and-road/#population-and-effects',
  },
  {
    date: '2020-01',
    text: { en: 'From this month, the date the report gives, Cambodia’s government was to issue no online gambling permit, as it had announced.', 'zh-hans': '按照柬埔寨政府此前的宣布，自本月起将不发放任何网络赌博许可证；这一月份是该报告给出的。' },
    section: 'chapters/casinos-to-scam-compounds/#crackdown-2019',
  },
  {
    date: '2021',
    text: { en: 'Some 19,000 people are arrested after returning to China, on scam and fraud allegations, according to China’s Ministry of Public Security.', 'zh-hans': '据中国公安部，约1.9万人在回到中国后因涉嫌诈骗和欺诈被捕。' },
    section: 'chapters/victims-treated-as-criminals/#arrests-2021',
  },
];
