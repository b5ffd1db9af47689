import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { addHanWordsForIndex, cleanIndexText, hanSubstrings, markLanguages, scriptLang } from '../../src/text/han-and-khmer';

describe('scriptLang', () => {
  it('recognises Chinese, Khmer and Latin text', () => {
    expect(scriptLang('蛇头')).toBe('zh');
    expect(scriptLang('ក្រុងព្រះសីហនុ')).toBe('km');
    expect(scriptLang('snakehead')).toBeUndefined();
  });
});

describe('hanSubstrings', () => {
  it('lists every term of two or more characters inside a phrase', () => {
    const words = hanSubstrings('远离网赌电诈集团');
    for (const term of ['远离', '网赌', '电诈', '集团', '网赌电诈']) expect(words).toContain(term);
    expect(words).not.toContain('远离网赌电诈集团');
    expect(words.every((word) => [...word].length >= 2)).toBe(true);
  });

  it('finds 一带一路 inside the memorandum title', () => {
    expect(hanSubstrings('共同推进一带一路建设')).toContain('一带一路');
  });

  it('gives nothing for a single character', () => {
    expect(hanSubstrings('赌')).toEqual([]);
  });
});

describe('addHanWordsForIndex', () => {
  it('adds bracketed substrings before Chinese text and leaves tags and attributes alone', () => {
    const $ = cheerio.load('<p title="网赌">Stay away (<span lang="zh">远离网赌</span>)</p><script>const label = "远离网赌";</script>');
    addHanWordsForIndex($);
    expect($('p').attr('title')).toBe('网赌');
    expect($('span[lang="zh"]').text()).toBe('⟦ 远离 远离网 离网 离网赌 网赌 ⟧ 远离网赌');
    expect($('script').text()).toBe('const label = "远离网赌";');
  });

  it('leaves pages without Chinese unchanged', () => {
    const $ = cheerio.load('<p>Snakeheads recruit people.</p>');
    const before = $.html();
    addHanWordsForIndex($);
    expect($.html()).toBe(before);
  });
});

describe('cleanIndexText', () => {
  it('drops the added words and marks the query in the original phrase', () => {
    const excerpt = 'warning ( ⟦ 远离 离网 <mark>网赌</mark> 赌电 ⟧. 远离网赌电诈集团) to citizens';
    expect(cleanIndexText(excerpt, '网赌')).toBe('warning ( 远离<mark>网赌</mark>电诈集团) to citizens');
  });

  it('drops added words cut off at either end of the excerpt', () => {
    expect(cleanIndexText('Glossary: <mark>网赌</mark>; ⟦ 远离 离网 <mark>网赌</mark>', '网赌')).toBe(
      'Glossary: <mark>网赌</mark>; ',
    );
    expect(cleanIndexText('离网 网赌 ⟧ 远离网赌电诈集团) to', '网赌')).toBe('远离<mark>网赌</mark>电诈集团) to');
  });

  it('keeps an excerpt without added words as it is', () => {
    expect(cleanIndexText('the <mark>snakehead</mark> recruits', 'snakehead')).toBe('the <mark>snakehead</mark> recruits');
  });
});

describe('markLanguages', () => {
  it('wraps Chinese and Khmer runs in text, not inside tags', () => {
    expect(markLanguages('called <mark>蛇头</mark> in ក្រុងព្រះសីហនុ')).toBe(
      'called <mark><span lang="zh">蛇头</span></mark> in <span lang="km">ក្រុងព្រះសីហនុ</span>',
    );
  });
});
