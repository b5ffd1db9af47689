import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conversionFixes, toTraditional, toTraditionalSource } from '../../src/i18n/traditional';

/** Every Simplified text the Traditional edition is converted from. */
function simplifiedTexts(): string {
  const folders = ['content/chapters/zh-hans', 'content/pages/zh-hans'];
  const files = folders.flatMap((folder) => readdirSync(folder).map((name) => join(folder, name)));
  return [...files, 'src/i18n/zh-hans.json', 'content/glossary.yaml', 'content/figures.ts', 'content/timeline.ts', 'content/map.ts']
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

describe('converting the Simplified edition to Traditional (Taiwan)', () => {
  it('keeps what the report says where OpenCC’s Taiwan phrases would change it', () => {
    expect(toTraditional('中国不会支持西哈努克港变成赌城')).toBe('中國不會支持西哈努克港變成賭城');
    expect(toTraditional('据报道园区内存在的暴力')).toBe('據報導園區內存在的暴力');
    expect(toTraditional('视频被发给受害者家属')).toBe('影片被發給受害者家屬');
    expect(toTraditional('据中国官方消息')).toBe('據中國官方消息');
  });

  it('uses Taiwan’s words and quotation marks', () => {
    expect(toTraditional('诈骗园区的“人事部门”和‘软件’')).toBe('詐騙園區的「人事部門」和『軟體』');
  });

  it('leaves the article’s own Chinese exactly as the article gives it', () => {
    const source = '使团警告：“<span lang="zh-Hans" data-verbatim>远离网赌电诈集团</span>”。';
    expect(toTraditionalSource(source)).toBe('使團警告：「<span lang="zh-Hans" data-verbatim>远离网赌电诈集团</span>」。');
  });

  it('fixes only words that the conversion produces: the Simplified text has none of them', () => {
    const simplified = simplifiedTexts();
    for (const [wrong] of conversionFixes) {
      // The wrong form, in either script, written by a translator would be silently changed: review the list instead.
      expect(simplified.includes(wrong), wrong).toBe(false);
    }
    for (const word of ['支援', '档案', '讯息', '释出', '高阶', '联络']) expect(simplified.includes(word), word).toBe(false);
  });
});
