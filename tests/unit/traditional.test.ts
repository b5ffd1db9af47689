import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conversionFixes, openccTaiwan, toTraditional, toTraditionalSource, type ConversionFix } from '../../src/editions/traditional';

/** Every Simplified text the Traditional edition is converted from. */
function simplifiedTexts(): string {
  const folders = ['content/chapters/zh-hans', 'content/pages/zh-hans'];
  const files = folders.flatMap((folder) => readdirSync(folder).map((name) => join(folder, name)));
  return [...files, 'src/editions/zh-hans.json', 'content/glossary.yaml', 'content/figures.ts', 'content/timeline.ts', 'content/map.ts']
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

/**
 * For every fix: a Simplified sentence where it must apply (with the
 * Traditional it must give), and one where it must not (a near miss, with the
 * Traditional it must give). A fix without sentences here fails the test.
 */
const cases: Record<string, { applies: [string, string]; spares: [string, string] }> = {
  '/(?<=不會|中國)支援/g': {
    applies: ['他表示，中国不会支持把西哈努克港变成赌城', '他表示，中國不會支持把西哈努克港變成賭城'],
    spares: ['警方支援救援行动', '警方支援救援行動'],
  },
  '/連線(?=金邊|西哈努克港)/g': {
    applies: ['连接金边与西哈努克港的公路', '連接金邊與西哈努克港的公路'],
    spares: ['网络连接中断', '網路連線中斷'],
  },
  '為物件': {
    applies: ['反对以中国人为对象的赌博', '反對以中國人為對象的賭博'],
    spares: ['面向对象编程', '物件導向程式設計'],
  },
  '投資專案': {
    applies: ['中国自身的投资项目缺乏监管', '中國自身的投資案缺乏監管'],
    spares: ['投资回报', '投資回報'],
  },
  '一帶一路”專案': {
    applies: ['其他“一带一路”项目中同样可见', '其他「一帶一路」計畫中同樣可見'],
    spares: ['“一带一路”倡议', '「一帶一路」倡議'],
  },
  '/(?<=建設|基礎設施|大型|贈送的)專案/g': {
    applies: ['许多大型基础设施项目', '許多大型基礎設施工程'],
    spares: ['项目经理', '專案經理'],
  },
  '/檔案(?=內容|編號|英文標題)/g': {
    applies: ['我们只描述文件内容', '我們只描述文件內容'],
    spares: ['BibTeX 文件（report.bib）', 'BibTeX 檔案（report.bib）'],
  },
  '該檔案': {
    applies: ['文章给出的该文件英文标题', '文章給出的該文件英文標題'],
    spares: ['下载文件', '下載檔案'],
  },
  '官方訊息': {
    applies: ['据中国官方消息，2019年', '據中國官方消息，2019年'],
    spares: ['发送消息', '傳送訊息'],
  },
  '/釋出(?=了|的|。|，)/g': {
    applies: ['一些社交媒体账号发布了一些视频', '一些社群媒體帳號發布了一些影片'],
    spares: ['释出善意', '釋出善意'],
  },
  '/高階(?=專員|研究小組)/g': {
    applies: ['联合国人权事务高级专员办事处', '聯合國人權事務高級專員辦事處'],
    spares: ['高级餐厅', '高階餐廳'],
  },
  '/被髮(?=給|送)/g': {
    applies: ['这些视频被发给受害者家属', '這些影片被發給受害者家屬'],
    spares: ['她的头发', '她的頭髮'],
  },
  '，併為': {
    applies: ['重新编排和概括，并为普通读者加以说明', '重新編排和概括，並為普通讀者加以說明'],
    spares: ['合并为一', '合併為一'],
  },
  '緊密聯絡': {
    applies: ['与“一带一路”紧密联系在一起', '與「一帶一路」緊密聯繫在一起'],
    spares: ['紧急联系方式', '緊急聯絡方式'],
  },
  '/(?<!後遺症：柬埔寨的)人口販賣/g': {
    applies: ['关注诈骗园区和人口贩卖问题的读者', '關注詐騙園區和人口販運問題的讀者'],
    spares: ['一带一路的后遗症：柬埔寨的人口贩卖问题', '一帶一路的後遺症：柬埔寨的人口販賣問題'],
  },
  '團伙': {
    applies: ['被贩卖进柬埔寨诈骗团伙的人', '被販賣進柬埔寨詐騙集團的人'],
    spares: ['团体', '團體'],
  },
  '勞務中介': {
    applies: ['被个人和劳务中介以虚假承诺招募', '被個人和人力仲介以虛假承諾招募'],
    spares: ['劳务输出', '勞務輸出'],
  },
  '中介': {
    applies: ['中介收取押金', '仲介收取押金'],
    spares: ['中间人', '中間人'],
  },
  '社交媒體': {
    applies: ['社交媒体上发布的勒索视频', '社群媒體上發布的勒索影片'],
    spares: ['媒体报道', '媒體報導'],
  },
  '賬號': {
    applies: ['社交媒体账号', '社群媒體帳號'],
    spares: ['账单', '賬單'],
  },
  '揹負': {
    applies: ['让受害者背负债务', '讓受害者背負債務'],
    spares: ['背后', '背後'],
  },
  '幫兇': {
    applies: ['从受害者到帮凶', '從受害者到幫凶'],
    spares: ['凶手', '兇手'],
  },
  '疫情暴發': {
    applies: ['随着新冠疫情暴发', '隨著新冠疫情爆發'],
    spares: ['暴发户', '暴發戶'],
  },
  '報道': {
    applies: ['据媒体报道', '據媒體報導'],
    spares: ['报到', '報到'],
  },
  '時間線': {
    applies: ['时间线', '時間軸'],
    spares: ['时间', '時間'],
  },
  '監控攝像頭': {
    applies: ['雇来的看守和监控摄像头', '僱來的看守和監視器'],
    spares: ['监控', '監控'],
  },
  '觸屏': {
    applies: ['在触屏设备上', '在觸控裝置上'],
    spares: ['屏障', '屏障'],
  },
  '搜索': {
    applies: ['不用搜索也能找到', '不用搜尋也能找到'],
    spares: ['探索', '探索'],
  },
  '紳士化': { applies: ['绅士化；', '仕紳化；'], spares: ['绅士', '紳士'] },
  '可以通過[': { applies: ['可以通过[更新](/x)', '可以透過[更新](/x)'], spares: ['可以通过审查', '可以通過審查'] },
  '柬埔寨通過2016年': { applies: ['柬埔寨通过2016年签署的备忘录', '柬埔寨透過2016年簽署的備忘錄'], spares: ['法案获得通过', '法案獲得通過'] },
  '更正訂閱源': { applies: ['更正订阅源（英文）', '更正紀錄 RSS（英文）'], spares: ['订阅', '訂閱'] },
  '關注更新': { applies: ['关注更新', '追蹤更新'], spares: ['关注', '關注'] },
  '更正記錄': { applies: ['本报告的更正记录', '本報告的更正紀錄'], spares: ['记录', '記錄'] },
  '共{count}條': { applies: ['（英文，共{count}条）', '（英文，共{count}則）'], spares: ['条件', '條件'] },
  '身份': { applies: ['受害者的身份证件', '受害者的身分證件'], spares: ['份额', '份額'] },
  '抓捕': { applies: ['2019年的抓捕', '2019年的逮捕'], spares: ['捕捉', '捕捉'] },
  '活動人士': { applies: ['一名活动人士', '一名社運人士'], spares: ['活动', '活動'] },
  '圖注': { applies: ['图注都会说明', '圖說都會說明'], spares: ['注意', '注意'] },
  '網站導航': { applies: ['网站导航', '網站導覽'], spares: ['导航', '導航'] },
  '”匹配': { applies: ['{count}个页面与“{query}”匹配', '{count}個頁面與「{query}」符合'], spares: ['匹配', '匹配'] },
  '當前瀏覽器': { applies: ['但当前浏览器没有运行', '但目前的瀏覽器沒有執行'], spares: ['当前', '當前'] },
  '帶編號的箭頭': { applies: ['带编号的箭头', '標有編號的箭頭'], spares: ['箭头', '箭頭'] },
  '（帶本小節預覽）': { applies: ['分享链接（带本小节预览）', '分享連結（附本小節預覽）'], spares: ['带来', '帶來'] },
  '交納': { applies: ['预先交纳押金', '預先繳納押金'], spares: ['纳税', '納稅'] },
  '原材料': { applies: ['生产所用原材料', '生產所用原料'], spares: ['材料', '材料'] },
  '強姦': { applies: ['害怕遭受强奸', '害怕遭受強暴'], spares: ['强大', '強大'] },
  '跳到正文': { applies: ['跳到正文', '跳到主要內容'], spares: ['正文', '正文'] },
  '宣佈': { applies: ['柬埔寨政府宣布', '柬埔寨政府宣布'], spares: ['宣传', '宣傳'] },
  '分佈': { applies: ['各地分布着数十个', '各地分布著數十個'], spares: ['分配', '分配'] },
};

const key = (fix: ConversionFix) => String(fix.wrong);
const matches = (text: string, { wrong }: ConversionFix) =>
  typeof wrong === 'string' ? text.includes(wrong) : new RegExp(wrong.source, wrong.flags.replace('g', '')).test(text);

describe('converting the Simplified edition to Traditional (Taiwan)', () => {
  it('has, for every fix, a sentence where it applies and one where it must not', () => {
    expect(conversionFixes.map(key).filter((name) => !(name in cases))).toEqual([]);
    expect(Object.keys(cases).filter((name) => !conversionFixes.some((fix) => key(fix) === name))).toEqual([]);
  });

  for (const fix of conversionFixes) {
    const { applies, spares } = cases[key(fix)] ?? { applies: ['', ''], spares: ['', ''] };
    it(`${key(fix)} → ${fix.right}: applies where OpenCC writes it, and nowhere else`, () => {
      // Without the fix, OpenCC's output has the wrong form: the fix is what corrects it.
      expect(matches(openccTaiwan(applies[0]), fix), applies[0]).toBe(true);
      expect(toTraditional(applies[0])).toBe(applies[1]);
      expect(toTraditional(spares[0])).toBe(spares[1]);
    });
  }

  it('keeps only fixes the report needs: each wrong form comes from some Simplified text of the report', () => {
    const converted = openccTaiwan(simplifiedTexts());
    expect(conversionFixes.filter((fix) => !matches(converted, fix)).map(key)).toEqual([]);
  });

  it('leaves none of the words a Taiwan reader stumbles on', () => {
    const converted = toTraditional(simplifiedTexts());
    for (const word of ['連線金邊', '物件', '專案', '人口販賣和', '團伙', '團夥', '時間線', '攝像頭', '觸屏', '搜索', '記憶體', '支援', '釋出', '賬號']) {
      expect(converted.includes(word), word).toBe(false);
    }
  });

  it('uses Taiwan’s words and quotation marks', () => {
    expect(toTraditional('诈骗园区的“人事部门”和‘软件’')).toBe('詐騙園區的「人事部門」和『軟體』');
  });

  it('leaves the article’s own Chinese exactly as the article gives it', () => {
    const source = '外交机构警告：“<span lang="zh-Hans" data-verbatim>远离网赌电诈集团</span>”。';
    expect(toTraditionalSource(source)).toBe('外交機構警告：「<span lang="zh-Hans" data-verbatim>远离网赌电诈集团</span>」。');
  });

  it('fixes only words that the conversion produces: the Simplified text has none of them', () => {
    const simplified = simplifiedTexts();
    // Some mainland words are written alike in both scripts (中介, 搜索, 身份): Taiwan's 仲介, 搜尋 and 身分 are the point of those fixes.
    // (OpenCC turns 搜索 alone into 搜尋, but not inside every sentence.)
    const alikeInBothScripts = ({ wrong }: ConversionFix) => typeof wrong === 'string' && (openccTaiwan(wrong) === wrong || wrong === '搜索');
    for (const fix of conversionFixes.filter((fix) => !alikeInBothScripts(fix))) {
      // The wrong form written by a translator would be silently changed: review the list instead.
      expect(matches(simplified, fix), key(fix)).toBe(false);
    }
  });
});
