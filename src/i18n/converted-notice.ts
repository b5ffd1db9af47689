/**
 * The one text of the Traditional edition written by hand, in Traditional
 * characters: it says the edition is converted from the Simplified one.
 * Everything else in that edition is converted (src/i18n/traditional.ts).
 */
export const convertedNotice: Partial<Record<string, { before: string; quotation: string; after: string; link: string }>> = {
  'zh-hant': {
    before:
      '本繁體中文版由簡體中文版以 OpenCC 自動轉換為臺灣正體字及部分臺灣用詞，並依一份經人工審閱的修正表（約十五項）更正少數改變原意或不合臺灣慣用寫法的轉換；全文未經人工逐字校對，如有疑義請以簡體中文版（及其所依據的英文版）為準；文章本身以中文寫出的字句（如文章的中文標題與「',
    // The article's own words, shown as it gives them: Simplified.
    quotation: '远离网赌电诈集团',
    after: '」）照錄原文，保留簡體字。',
    link: '閱讀簡體中文版',
  },
};
