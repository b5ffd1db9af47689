/**
 * The one text of the Traditional edition written by hand, in Traditional
 * characters: it says the edition is converted from the Simplified one.
 * Everything else in that edition is converted (src/i18n/traditional.ts).
 */
export const convertedNotice: Partial<Record<string, { text: string; link: string }>> = {
  'zh-hant': {
    text: '本繁體中文版由簡體中文版以 OpenCC 自動轉換為臺灣正體用字與用詞，未經人工逐字校訂；文章原有的中文原文引文保留簡體字。',
    link: '閱讀簡體中文版',
  },
};
