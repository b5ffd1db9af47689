import { describe, expect, it } from 'vitest';
import { checkFills, fillSentence, placeholderNames, splitSentence } from '../../src/editions/sentence';
import { translator } from '../../src/editions/translate';
import { sentenceNodes } from '../../src/scripts/ui-strings';

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
    expect(() => checkFills('src/editions/en.json, "footer.credit"', parts, ['report', 'author'], 'slot')).not.toThrow();
  });

  it('a placeholder nothing fills throws, naming the string key and the placeholder', () => {
    expect(() => checkFills('src/editions/en.json, "footer.credit"', parts, ['author'], 'slot')).toThrow(
      'src/editions/en.json, "footer.credit": the placeholder {report} has no slot "report" to fill it',
    );
  });

  it('a fill the sentence has no placeholder for throws, naming the string key and the placeholder', () => {
    expect(() => checkFills('src/editions/en.json, "footer.credit"', parts, ['author', 'report', 'original'], 'slot')).toThrow(
      'src/editions/en.json, "footer.credit": the slot "original" has no placeholder {original} in the string',
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
    expect(() => english.template('footer.nothing' as never)).toThrow('src/editions/en.json: no key "footer.nothing"');
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

  it('sentence() gives a title quoted inside quotation marks the inner marks, as t() does, beside an element placeholder', () => {
    const title = '“一带一路”相关协议';
    expect(chinese.sentence('citeSection.chapterLabel', { chapter: title })).toEqual([
      { text: '“' },
      { text: '‘一带一路’相关协议' },
      { text: '”一章中的小节：' },
      { name: 'section' },
    ]);
    expect(traditional.sentence('citeSection.chapterLabel', { chapter: '「一帶一路」相關協議' }).slice(0, 2)).toEqual([{ text: '「' }, { text: '『一帶一路』相關協議' }]);
    expect(english.sentence('citeSection.chapterLabel', { chapter: 'The Belt and Road agreements' })).toEqual([
      { text: 'In the chapter “' },
      { text: 'The Belt and Road agreements' },
      { text: '”: ' },
      { name: 'section' },
    ]);
  });

  it('sentence() throws for a value the string has no placeholder for, naming the file and the key', () => {
    expect(() => english.sentence('footer.credit', { auther: 'CLW' })).toThrow(
      'src/editions/en.json, "footer.credit": a value is given for {auther}, which the string does not have',
    );
    expect(() => traditional.sentence('footer.credit', { auther: 'CLW' })).toThrow('src/editions/zh-hans.json (converted to Traditional Chinese), "footer.credit"');
  });
});

describe('a script fills a sentence of the page with the nodes it made', () => {
  /** Enough of a DOM node for the test: a tag, text, and a copy. */
  interface FakeNode {
    tag: string;
    text: string;
    cloneNode(deep: boolean): FakeNode;
  }
  const link = (text: string): FakeNode => ({ tag: 'a', text, cloneNode: () => link(text) });
  const nodes = (map: Record<string, FakeNode>) => map as unknown as Record<string, Node>;
  const english = 'Try another word, look it up in the {glossary}, or browse {chapters}.';
  const chinese = '请换一个词，或查阅{glossary}，或浏览{chapters}。';

  it('puts each node where its placeholder is, with the text around it as text, in the language order', () => {
    const glossary = link('glossary');
    const chapters = link('the chapters');
    expect(sentenceNodes('client.try', english, nodes({ chapters, glossary }))).toEqual([
      'Try another word, look it up in the ',
      glossary,
      ', or browse ',
      chapters,
      '.',
    ]);
    // No spaces around the links in Chinese: the string has none.
    expect(sentenceNodes('client.try', chinese, nodes({ glossary, chapters }))).toEqual(['请换一个词，或查阅', glossary, '，或浏览', chapters, '。']);
  });

  it('gives text as strings, which append() inserts as text, so markup in a string is never parsed', () => {
    const parts = sentenceNodes('client.try', 'Look <b>here</b>: {glossary}', nodes({ glossary: link('glossary') }));
    expect(parts[0]).toBe('Look <b>here</b>: ');
  });

  it('copies a node whose placeholder the sentence uses twice: a node can stand in one place only', () => {
    const glossary = link('glossary');
    const [, first, , second] = sentenceNodes('client.x', 'See {glossary} or {glossary}', nodes({ glossary }));
    expect(first).toBe(glossary);
    expect(second).not.toBe(glossary);
    expect(second).toEqual(expect.objectContaining({ tag: 'a', text: 'glossary' }));
  });

  it('a placeholder without a node, or a node without a placeholder, throws naming the key and the placeholder', () => {
    expect(() => sentenceNodes('client.try', english, nodes({ glossary: link('glossary') }))).toThrow(
      '"client.try": the placeholder {chapters} has no node "chapters" to fill it',
    );
    expect(() => sentenceNodes('client.try', english, nodes({ glossary: link('g'), chapters: link('c'), help: link('h') }))).toThrow(
      '"client.try": the node "help" has no placeholder {help} in the string',
    );
  });
});
