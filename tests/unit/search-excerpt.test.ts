import { describe, expect, it } from 'vitest';
import { excerptHtml, excerptText, readableText, sectionText } from '../../src/outputs/search/excerpt';

const words = new Intl.Segmenter('zh', { granularity: 'word' });
/** Whether a piece of Chinese text starts and ends at word breaks of the text it was cut from. */
function cutAtWordBreaks(whole: string, piece: string): boolean {
  const start = whole.indexOf(piece);
  const breaks = new Set([...words.segment(whole)].flatMap(({ index, segment }) => [index, index + segment.length]));
  return start !== -1 && breaks.has(start) && breaks.has(start + piece.length);
}

describe('the page text excerpts are made from', () => {
  it('drops the words that exist only in the index, and Pagefind’s spaces between Chinese words', () => {
    expect(readableText('西港. ⟦ 西港; 西哈努克市; Kampong Som ⟧ 西\u200b哈努克\u200b港是…')).toBe('西港. 西哈努克港是…');
  });

  it('takes a section from its heading to the next, not from a quotation of the next heading', () => {
    const content = 'Two cases. The article names them only as Mr. Tong and Mr. Qiao. Mr. Tong. Mr. Tong was offered a job. Mr. Qiao. Mr. Qiao worked abroad.';
    const anchors = [
      { element: 'h2', id: 'cases', text: 'Two cases' },
      { element: 'h3', id: 'tong', text: 'Mr. Tong' },
      { element: 'h3', id: 'qiao', text: 'Mr. Qiao' },
    ];
    expect(sectionText(content, anchors, 'cases')).toBe('The article names them only as Mr. Tong and Mr. Qiao.');
    expect(sectionText(content, anchors, 'tong')).toBe('Mr. Tong was offered a job.');
  });

  it('never shows the alias list a glossary term adds after its heading', () => {
    const content = 'Sihanoukville. ⟦ 西港; Kampong Som; ក្រុងព្រះសីហនុ ⟧ The city is on the coast. It is also a province.';
    const text = sectionText(content, [{ element: 'h2', id: 'city', text: 'Sihanoukville' }], 'city');
    expect(excerptHtml(text, ['西港'], 'en')).toBe('The city is on the coast. It is also a province.');
  });
});

describe('an excerpt', () => {
  it('is the whole sentence holding the match, marked whole', () => {
    const text = 'The zone opened in 2008. Among those who recruit are smugglers, called snakeheads. A snakehead is paid per person.';
    expect(excerptHtml(text, ['snakeheads'], 'en')).toBe('Among those who recruit are smugglers, called <mark>snakeheads</mark>. A snakehead is paid per person.');
  });

  it('keeps a title such as “Mr.” with its sentence', () => {
    expect(excerptText('Mr. Qiao said he had worked abroad.', ['Qiao'], 'en').text).toBe('Mr. Qiao said he had worked abroad.');
  });

  it('cuts a sentence too long to show at spaces, never inside a word or a Chinese name, and says so', () => {
    const long = `${'The article says that '.repeat(8)}the embassy warned, in words it translates as “Stay away” (远离网赌电诈集团), ${'and it adds more and more '.repeat(8)}at the end.`;
    const passage = excerptText(long, ['embassy'], 'en');
    expect(passage.before && passage.after).toBe(true);
    expect(long).toContain(passage.text);
    const start = long.indexOf(passage.text);
    expect(long[start - 1]).toBe(' ');
    expect(long[start + passage.text.length]).toMatch(/\s/);
    expect(excerptHtml(long, ['embassy'], 'en')).toMatch(/^….*<mark>embassy<\/mark>.*…$/);
  });

  it('cuts a long Chinese sentence at word breaks', () => {
    const long = `${'据报道，这些受害者被带到西哈努克港的诈骗园区，'.repeat(4)}蛇头每交出一个人就能拿到一笔钱，${'此后他们被迫从事网络诈骗，'.repeat(4)}直到获救。`;
    const passage = excerptText(long, ['蛇头'], 'zh-Hans');
    expect(passage.text).toContain('蛇头');
    expect(passage.text.length).toBeLessThanOrEqual(90);
    expect(cutAtWordBreaks(long, passage.text)).toBe(true);
  });

  it('shows the section’s first sentence when the match is only in its heading', () => {
    expect(excerptHtml('中国驻柬埔寨外交机构发出了警告。它提醒中国公民。', ['使馆'], 'zh-Hans')).toBe('中国驻柬埔寨外交机构发出了警告。它提醒中国公民。');
  });
});
