/**
 * The one text of a converted edition written by hand, in its own script: a
 * short, true sentence saying the page was converted by software from
 * another edition, and that the English edition prevails. It claims no human
 * review. Everything else in that edition is converted (src/i18n/traditional.ts).
 * `{source}` and `{english}` become links to the same place in those editions.
 */
export const convertedNotice: Partial<Record<string, { sentence: string; source: string; english: string }>> = {
  'zh-hant': {
    sentence: '本頁由{source}經軟體自動轉換為繁體中文，內容如與{english}有出入，以英文版為準。',
    source: '簡體中文版',
    english: '英文版',
  },
};
