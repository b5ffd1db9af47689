/**
 * The report's numbers, in one place. Charts, tables and the landing page all
 * read this file, so a corrected number changes everywhere. Every value comes
 * from the article, with its attribution kept in `source`.
 */
import type { Figure } from '../src/report/schemas/visuals';

export const figures: Figure[] = [
  {
    id: 'figure-chinese-nationals',
    title: { en: 'Chinese nationals in Cambodia', 'zh-hans': '在柬中国公民' },
    unit: { en: 'people', 'zh-hans': '人' },
    kind: 'bars',
    data: [
      { label: { en: '2013', 'zh-hans': '2013年' }, value: 80000, display: { en: '80,000', 'zh-hans': '8万' }, qualifier: { en: 'around', 'zh-hans': '约' } },
      { label: { en: '2019', 'zh-hans': '2019年' }, value: 250000, display: { en: '250,000', 'zh-hans': '25万' } },
    ],
    source:
      { en: 'The article itself puts the number of Chinese nationals in Cambodia at around 80,000 in 2013 and 250,000 in 2019, naming no source. This edition could not corroborate these figures elsewhere.', 'zh-hans': '文章自己给出在柬中国公民的人数：2013年约8万人，2019年25万人，未注明来源。本版未能从其他来源印证这些数字。' },
    section: 'chapters/belt-and-road/#population-and-effects',
  },
  {
    id: 'figure-investment',
    title: { en: 'Chinese investment and gifts', 'zh-hans': '中国的投资与赠予' },
    unit: { en: 'US dollars', 'zh-hans': '美元' },
    kind: 'stats',
    data: [
      { label: { en: 'Chinese investment in Cambodia, in total', 'zh-hans': '中国对柬埔寨投资总额' }, value: 12_500_000_000, display: { en: 'US$12.5 billion', 'zh-hans': '125亿美元' }, qualifier: { en: 'more than', 'zh-hans': '逾' } },
      { label: { en: 'Phnom Penh–Sihanoukville expressway (2019)', 'zh-hans': '金边至西哈努克港高速公路（2019年）' }, value: 2_000_000_000, display: { en: 'US$2 billion', 'zh-hans': '20亿美元' }, qualifier: { en: 'over', 'zh-hans': '逾' } },
      { label: { en: 'National stadium, a gift', 'zh-hans': '国家体育场（赠送）' }, value: 150_000_000, display: { en: 'US$150 million', 'zh-hans': '1.5亿美元' } },
    ],
    source:
      { en: 'News sources cited in the report put total Chinese investment in Cambodia at more than US$12.5 billion. In 2019 China Road and Bridge Corporation put over US$2 billion into the expressway, and China gave a national stadium costing US$150 million.', 'zh-hans': '据报告引用的新闻报道，中国对柬埔寨的投资总额逾125亿美元。2019年，中国路桥工程有限责任公司向这条高速公路投入逾20亿美元；中国还赠送了一座造价1.5亿美元的国家体育场。' },
    section: 'chapters/belt-and-road/#largest-investor',
  },
  {
    id: 'figure-price',
    title: { en: 'The price of a trafficked person', 'zh-hans': '一名被贩卖者的价格' },
    unit: { en: 'US dollars per person', 'zh-hans': '美元/人' },
    kind: 'range',
    data: [{ label: { en: 'Price paid to snakeheads', 'zh-hans': '付给蛇头的价格' }, value: 10000, upTo: 30000, display: { en: 'US$10,000–30,000', 'zh-hans': '1万至3万美元' }, qualifier: { en: 'around', 'zh-hans': '约' } }],
    source: { en: 'Snakeheads reportedly sell each victim to a scam operation for around US$10,000–30,000, which the victim is then told to repay.', 'zh-hans': '据报道，蛇头以约1万至3万美元的价格把每名受害者卖给诈骗团伙，受害者随后被告知必须偿还这笔钱。' },
    section: 'chapters/trafficking-and-recruitment/#sale-and-debt',
  },
  {
    id: 'figure-arrests',
    title: { en: 'Arrests', 'zh-hans': '逮捕人数' },
    unit: { en: 'people arrested', 'zh-hans': '被捕人数' },
    // Two different counts from two different sources: not a trend, so no shared scale.
    kind: 'stats',
    data: [
      { label: { en: '2019, joint Cambodian and Chinese police action', 'zh-hans': '2019年，柬中两国警方联合行动' }, value: 1000, display: { en: '1,000', 'zh-hans': '1000' }, qualifier: { en: 'close to', 'zh-hans': '近' } },
      { label: { en: '2021, after returning to China', 'zh-hans': '2021年，回到中国后' }, value: 19000, display: { en: '19,000', 'zh-hans': '1.9万' }, qualifier: { en: 'some', 'zh-hans': '约' } },
    ],
    source:
      { en: 'According to an official Chinese source, joint police action led to close to 1,000 arrests in 2019. According to China’s Ministry of Public Security, some 19,000 people were arrested in 2021 after returning to China, on scam and fraud allegations; this figure could not be corroborated elsewhere.', 'zh-hans': '据中国官方消息，2019年警方联合行动逮捕近千人。据中国公安部，2021年约1.9万人在回到中国后因涉嫌诈骗和欺诈被捕；这一数字未能从其他来源得到印证。' },
    section: 'chapters/victims-treated-as-criminals/#arrests-2019',
  },
];
