import { describe, expect, it } from 'vitest';
import { checkFills, fillSentence, placeholderNames, splitSentence } from '../../src/i18n/sentence';
import { translator } from '../../src/i18n/translate';

describe('a whole sentence is split into its text and its placeholders', () => {
  it('keeps the order, the spaces and the punctuation of the text around each placeholder', () => {
    expect(splitSentence('Research by {author}. This web edition restates {report} in its own words.')).toEqual([
      { text: 'Research by ' },
      { name: 'author' },
      { text: '. This web edition restates ' },
      { name: 'report' },
      { text: ' in its own words.' },
    ]);
  });

  it('gives no empty text parts where a placeholder begins or ends the sentence, or two are side by side', () => {
    expect(splitSentence('{home}, with a summary')).toEqual([{ name: 'home' }, { text: ', with a summary' }]);
    expect(splitSentence('见{section}')).toEqual([{ text: '见' }, { name: 'section' }]);
    expect(splitSentence('{a}{b}')).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  it('leaves a string without placeholders, and braces that are not a placeholder, as text', () => {
    expect(splitSentence('No tracking.')).toEqual([{ text: 'No tracking.' }]);
    expect(splitSentence('a {not a name} b')).toEqual([{ text: 'a {not a name} b' }]);
    expect(splitSentence('')).toEqual([]);
  });

  it('lists each placeholder once, in the order it first appears', () => {
    expect(placeholderNames(splitSentence('{b} and {a}, then {b}'))).toEqual(['b', 'a']);
  });
});

describe('what fills a sentence must match its placeholders', () => {
  const parts = splitSentence('Research by {author}. This web edition restates {report}.');

  it('accepts exactly the placeholders, in any order', () => {
    expect(() => checkFills('src/i18n/en.json, "footer.credit"', parts, ['report', 'author'], 'slot')).not.toThrow();
  });

  it('a placeholder nothing fills throws, naming the string key and the placeholder', () => {
    expect(() => checkFills('src/i18n/en.json, "footer.credit"', parts, ['author'], 'slot')).toThrow(
      'src/i18n/en.json, "footer.credit": the placeholder {report} has no slot "report" to fill it',
    );
  });

  it('a fill the sentence has no placeholder for throws, naming the string key and the placeholder', () => {
    expect(() => checkFills('src/i18n/en.json, "footer.credit"', parts, ['author', 'report', 'original'], 'slot')).toThrow(
      'src/i18n/en.json, "footer.credit": the slot "original" has no placeholder {original} in the string',
    );
  });

  it('fills each placeholder and keeps the text as text, in order', () => {
    const link = { tag: 'a' };
    expect(fillSentence('"client.try"', splitSentence('Look it up in the {glossary}.'), { glossary: link }, 'node')).toEqual([
      'Look it up in the ',
      link,
      '.',
    ]);
  });
});

describe('the translator gives a whole sentence unfilled, for the page to fill with elements', () => {
  const english = translator('en');
  const chinese = translator('zh-hans');
  const traditional = translator('zh-hant');

  it('template() gives the string as the file has it, and throws for a key that does not exist', () => {
    expect(english.template('footer.credit')).toBe(
      'Research by {author}. This web edition restates {report} in its own words. No tracking, no third-party requests.',
    );
    expect(() => english.template('footer.nothing' as never)).toThrow('src/i18n/en.json: no key "footer.nothing"');
  });

  it('t() still fills ordinary strings, and throws when a placeholder gets no value', () => {
    expect(english.t('chapter.kicker', { order: 4, total: 7 })).toBe('Chapter 4 of 7');
    expect(chinese.t('chapter.kicker', { order: 4, total: 7 })).toBe('第四章（共七章）');
    expect(() => english.t('footer.credit')).toThrow('no value given for {author}');
  });

  it('sentence() leaves element placeholders as parts and fills text values as t() does', () => {
    expect(chinese.sentence('footer.credit')).toEqual([
      { text: '研究：' },
      { name: 'author' },
      { text: '。本网络版用自己的话重述了' },
      { name: 'report' },
      { text: '。不追踪读者，不向第三方发送任何请求。' },
    ]);
    // A text value is formatted as t() formats it: here, in the Traditional edition, nothing differs but the script.
    expect(traditional.sentence('footer.credit', { author: '中國勞工觀察' })[1]).toEqual({ text: '中國勞工觀察' });
  });

  it('sentence() throws for a value the string has no placeholder for, naming the file and the key', () => {
    expect(() => english.sentence('footer.credit', { auther: 'CLW' })).toThrow(
      'src/i18n/en.json, "footer.credit": a value is given for {auther}, which the string does not have',
    );
    expect(() => traditional.sentence('footer.credit', { auther: 'CLW' })).toThrow('src/i18n/zh-hans.json (converted to Traditional), "footer.credit"');
  });
});
