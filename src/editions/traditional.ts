/**
 * The Traditional Chinese edition is never written by hand: it is the
 * Simplified edition converted with OpenCC (Taiwan standard, with Taiwan
 * phrases: 软件 → 軟體), quotation marks set as Taiwan sets them (「 」).
 * The article's own Chinese words, marked `data-verbatim`, stay exactly as
 * the article gives them (Simplified) in every edition.
 */
import { Converter } from 'opencc-js/cn2t';

const convert = Converter({ from: 'cn', to: 'twp' });

/** One fix: what OpenCC writes (a phrase, or a pattern with its context) and what Taiwan writes. */
export interface ConversionFix {
  wrong: string | RegExp;
  right: string;
}

/**
 * Where OpenCC's Taiwan phrases change what this report says, or keep a
 * mainland word a Taiwan reader stumbles on, the phrase Taiwan writes. Each
 * fix is a whole phrase in its context, never a single character across the
 * text (a global 髮 → 發 would turn 頭髮 into 頭發), and each is needed by
 * some sentence of the report: tests/unit/traditional.test.ts has, for every
 * fix, a sentence where it applies and one where it must not, and fails when
 * no Simplified text of the report produces the wrong form any more.
 */
export const conversionFixes: ReadonlyArray<ConversionFix> = [
  // Meaning. 支持 is "back" (the ambassador's words), 支援 "send aid".
  { wrong: /(?<=不會|中國)支援/g, right: '支持' },
  // 连接: a road that connects two cities; 連線 is a network connection.
  { wrong: /連線(?=金邊|西哈努克港)/g, right: '連接' },
  // 对象: the people gambling is aimed at; 物件 is an object in software.
  { wrong: '為物件', right: '為對象' },
  // 项目: a construction or investment project is 工程, 計畫 or 投資案 (專案 is a work assignment).
  { wrong: '投資專案', right: '投資案' },
  { wrong: '一帶一路”專案', right: '一帶一路”計畫' }, // before the quotation marks are set the Taiwan way
  { wrong: /(?<=建設|基礎設施|大型|贈送的)專案/g, right: '工程' },
  // 文件: a document (the memorandum, Amnesty's report), not a computer file (檔案, which BibTeX files are).
  { wrong: /檔案(?=內容|編號|英文標題)/g, right: '文件' },
  { wrong: '該檔案', right: '該文件' },
  // 官方消息: news from an official source, not a message.
  { wrong: '官方訊息', right: '官方消息' },
  // 发布: published (a video, a report, an edition); 釋出 is releasing software or goodwill.
  { wrong: /釋出(?=了|的|。|，)/g, right: '發布' },
  // 高级: the UN High Commissioner and a high-level study group, not 高階 ("high-end").
  { wrong: /高階(?=專員|研究小組)/g, right: '高級' },
  // 发给: sent to the families, not 髮 ("hair").
  { wrong: /被髮(?=給|送)/g, right: '被發' },
  // 并为: "and, for …", not 併 ("merge").
  { wrong: '，併為', right: '，並為' },
  // 联系: ties between things; a contact (聯絡方式) stays 聯絡, as Taiwan writes it.
  { wrong: '緊密聯絡', right: '緊密聯繫' },
  // Taiwan's forms where OpenCC keeps the mainland one.
  { wrong: /(?<!後遺症：柬埔寨的)人口販賣/g, right: '人口販運' }, // the term of Taiwan's law; the article's title keeps its words
  { wrong: '團伙', right: '集團' }, // a scam or gambling gang: Taiwan's 詐騙集團
  { wrong: '勞務中介', right: '人力仲介' },
  { wrong: '中介', right: '仲介' }, // a broker or agency, in every sentence of the report
  { wrong: '社交媒體', right: '社群媒體' },
  { wrong: '賬號', right: '帳號' },
  { wrong: '揹負', right: '背負' },
  { wrong: '幫兇', right: '幫凶' },
  { wrong: '疫情暴發', right: '疫情爆發' },
  { wrong: '報道', right: '報導' },
  { wrong: '時間線', right: '時間軸' },
  { wrong: '監控攝像頭', right: '監視器' },
  { wrong: '觸屏', right: '觸控' },
  { wrong: '搜索', right: '搜尋' },
  { wrong: '紳士化', right: '仕紳化' },
  { wrong: '可以通過[', right: '可以透過[' },
  { wrong: '柬埔寨通過2016年', right: '柬埔寨透過2016年' },
  { wrong: '更正訂閱源', right: '更正紀錄 RSS' },
  { wrong: '關注更新', right: '追蹤更新' },
  { wrong: '更正記錄', right: '更正紀錄' },
  { wrong: '共{count}條', right: '共{count}則' },
  { wrong: '身份', right: '身分' },
  { wrong: '抓捕', right: '逮捕' },
  { wrong: '活動人士', right: '社運人士' },
  { wrong: '圖注', right: '圖說' },
  { wrong: '網站導航', right: '網站導覽' },
  { wrong: '”匹配', right: '”符合' }, // before the quotation marks are set the Taiwan way
  { wrong: '當前瀏覽器', right: '目前的瀏覽器' },
  { wrong: '帶編號的箭頭', right: '標有編號的箭頭' },
  { wrong: '（帶本小節預覽）', right: '（附本小節預覽）' },
  { wrong: '交納', right: '繳納' },
  { wrong: '原材料', right: '原料' },
  { wrong: '強姦', right: '強暴' },
  { wrong: '跳到正文', right: '跳到主要內容' },
  { wrong: '宣佈', right: '宣布' },
  { wrong: '分佈', right: '分布' },
];

/** Applies one fix wherever its phrase occurs. */
export function applyFix(text: string, { wrong, right }: ConversionFix): string {
  return typeof wrong === 'string' ? text.split(wrong).join(right) : text.replace(wrong, right);
}

/** OpenCC's Taiwan conversion alone, before the fixes: what the tests check the fixes against. */
export function openccTaiwan(text: string): string {
  return convert(text);
}

/** Taiwan's quotation marks: 「 」 outside, 『 』 inside. */
function taiwanQuotes(text: string): string {
  return text.replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');
}

/** Plain Simplified text → Traditional (Taiwan). */
export function toTraditional(text: string): string {
  const converted = conversionFixes.reduce(applyFix, convert(text));
  return taiwanQuotes(converted);
}

/** The article's Chinese, quoted word for word: never converted. */
const verbatim = /<span lang="zh-Hans" data-verbatim>[\s\S]*?<\/span>/g;

/**
 * A Simplified MDX or HTML source → Traditional, leaving the verbatim
 * quotations (and their `lang="zh-Hans"`) exactly as they are.
 */
export function toTraditionalSource(source: string): string {
  let converted = '';
  let last = 0;
  for (const match of source.matchAll(verbatim)) {
    converted += toTraditional(source.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return converted + toTraditional(source.slice(last));
}
