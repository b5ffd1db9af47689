/**
 * The first searches a reader on a slow phone makes, and what each may cost:
 * the report's terms, names, and Chinese queries of two to four characters,
 * per edition. The search benchmark times them on the slow-phone profile;
 * the end-to-end tests hold their bytes (deterministic) to the same budgets.
 */

/** Bytes fetched after the search page's HTML and stylesheet until all results show, headers included. */
export const firstSearchBudgets = { English: 105 * 1024, Chinese: 115 * 1024 };

export const firstSearches = [
  { name: 'English', prefix: '', budget: firstSearchBudgets.English, queries: ['snakehead', '蛇头', 'SSEZ', 'passport', 'Xiong Bo', 'Prince Group'] },
  { name: 'Simplified Chinese', prefix: 'zh/', budget: firstSearchBudgets.Chinese, queries: ['蛇头', '西港', '诈骗园区', 'SSEZ', '护照', '卖猪仔'] },
  { name: 'Traditional Chinese', prefix: 'zh-hant/', budget: firstSearchBudgets.Chinese, queries: ['蛇頭', '西港', '詐騙園區', 'SSEZ', '護照', '賣豬仔'] },
] as const;
