import { describe, expect, it } from 'vitest';
import en from '../../src/editions/en.json';
import zhHans from '../../src/editions/zh-hans.json';
import { checkUiStrings } from '../../src/editions/strings-schema';
import { translator } from '../../src/editions/translate';

describe('interface strings are data, one file per language, checked against one schema', () => {
  it('every language has every key of the English file, and no other', () => {
    expect(Object.keys(zhHans).sort()).toEqual(Object.keys(en).sort());
  });

  it('a missing key fails, naming the file and the key', () => {
    const { ['nav.glossary']: _, ...missing } = zhHans;
    expect(() => checkUiStrings('src/editions/zh-hans.json', missing, en)).toThrow('src/editions/zh-hans.json: key "nav.glossary" is missing');
  });

  it('an unknown key, an empty string or a lost placeholder fails, naming the file and the key', () => {
    expect(() => checkUiStrings('src/editions/zh-hans.json', { ...zhHans, 'nav.glosary': '词汇' }, en)).toThrow('src/editions/zh-hans.json: unknown key "nav.glosary"');
    expect(() => checkUiStrings('src/editions/zh-hans.json', { ...zhHans, 'nav.about': '' }, en)).toThrow('key "nav.about" is empty');
    expect(() => checkUiStrings('src/editions/zh-hans.json', { ...zhHans, 'chapter.kicker': '第{order}章' }, en)).toThrow(
      'key "chapter.kicker" must use the placeholders {order}, {total}, as in English',
    );
  });

  it('a sentence whose placeholders differ from English fails, naming the file, the key and the placeholder', () => {
    const credit = (text: string) => checkUiStrings('src/editions/zh-hans.json', { ...zhHans, 'footer.credit': text }, en);
    // The credit's placeholders stand for links; a translation must keep both.
    expect(() => credit('研究：{author}。本网络版用自己的话重述了原文。')).toThrow(
      'src/editions/zh-hans.json: key "footer.credit" must use the placeholders {author}, {report}, as in English: {report} is missing',
    );
    expect(() => credit('研究：{author}。本网络版用自己的话重述了{original}。')).toThrow(
      'src/editions/zh-hans.json: key "footer.credit" must use the placeholders {author}, {report}, as in English: {report} is missing; {original} is not in English',
    );
    expect(() => credit('研究：{author}。{author}重述了{report}。')).toThrow('key "footer.credit" must use the placeholders {author}, {report}, as in English: {author} appears 2 times, in English once');
  });

  it('dates, numbers and plurals follow the language', () => {
    const english = translator('en');
    const chinese = translator('zh-hans');
    const day = new Date(Date.UTC(2026, 10, 24));
    expect(english.date(day)).toBe('24 November 2026');
    expect(chinese.date(day)).toBe('2026年11月24日');
    expect(english.plural('home.allFindings', 1)).toBe('The key finding, chapter by chapter');
    expect(english.plural('home.allFindings', 26)).toBe('All 26 key findings, chapter by chapter');
    expect(chinese.plural('home.allFindings', 26)).toBe('按章节查看全部26项主要发现');
    expect(english.number(12500)).toBe('12,500');
  });

  it('paths follow the edition', () => {
    expect(translator('en').path('glossary/')).toMatch(/^\/(?:[^/]+\/)?glossary\/$/);
    expect(translator('zh-hans').path('glossary/')).toMatch(/^\/(?:[^/]+\/)?zh\/glossary\/$/);
  });
});
