import { describe, expect, it } from 'vitest';
import { answeringTerms, answersQuery, highlightPattern, highlightTerms, highlightUrl, markAnswers, unansweredWords, wholeWordMatches } from '../../src/outputs/search/highlight-terms';

function marked(text: string, terms: string[]): string[] {
  return [...text.matchAll(highlightPattern(terms)!)].map((match) => match[0]);
}

describe('the words a result link asks the page to mark', () => {
  it('are those Pagefind matched, inflections included, without common words', () => {
    expect(highlightTerms('The <mark>snakeheads</mark> and <mark>snakehead</mark> <mark>and</mark>', 'snakehead and')).toEqual(['snakeheads', 'snakehead']);
  });

  it('are words, without the punctuation Pagefind marks with them', () => {
    expect(highlightTerms('<mark>Snakeheads:</mark> and <mark>Bo’s</mark> <mark>(19,000)</mark>', 'x')).toEqual(['Snakeheads', 'Bo', '19,000']);
  });

  it('include the Chinese and Khmer terms of the query, whole', () => {
    expect(highlightTerms('no marks here', '电诈 ក្រុងព្រះសីហនុ')).toEqual(['电诈', 'ក្រុងព្រះសីហនុ']);
  });

  it('survive the link whatever their script, vowel signs included', () => {
    const url = highlightUrl('/chapters/sihanoukville/#city-and-province', ['ក្រុងព្រះសីហនុ', 'Xiong']);
    expect(new URL(url, 'https://x.org').searchParams.getAll('highlight')).toEqual(['ក្រុងព្រះសីហនុ', 'Xiong']);
    expect(url).toMatch(/^\/chapters\/sihanoukville\/\?highlight=.+#city-and-province$/);
  });
});

describe('marking them on the page', () => {
  it('marks whole words only, never pieces of other words', () => {
    expect(marked('Xiong Bo spoke about Cambodia', ['Xiong', 'Bo'])).toEqual(['Xiong', 'Bo']);
    expect(marked('the memorandum of China Road and Bridge', ['China', 'Road', 'and', 'Bridge'])).toEqual(['China', 'Road', 'Bridge']);
  });

  it('marks a number written with or without thousands commas', () => {
    expect(marked('some 19,000 people, not 190,000 or 19', ['19000'])).toEqual(['19,000']);
    expect(marked('some 19000 people', ['19,000'])).toEqual(['19000']);
  });

  it('marks Chinese inside a longer run, and Khmer whole', () => {
    expect(marked('远离网赌电诈集团', ['电诈'])).toEqual(['电诈']);
    expect(marked('Sihanoukville (ក្រុងព្រះសីហនុ) is', ['ក្រុងព្រះសីហនុ'])).toEqual(['ក្រុងព្រះសីហនុ']);
  });

  it('has nothing to mark for common words alone', () => {
    expect(highlightPattern(['and', 'the'])).toBeUndefined();
  });
});

describe('whether a result answers the query', () => {
  it('accepts the word, its inflections and stems', () => {
    expect(answersQuery(['The <mark>snakeheads</mark> recruit'], 'snakehead')).toBe(true);
    expect(answersQuery(['<mark>passport</mark>'], 'passports')).toBe(true);
    expect(answersQuery(['<mark>Xiong</mark> <mark>Bo’s</mark> words'], 'Xiong Bo')).toBe(true);
    expect(answersQuery(['<mark>trafficked</mark>'], 'trafficking')).toBe(true);
  });

  it('needs every word of the query, not one of them', () => {
    expect(answersQuery(['<mark>Bo’s</mark> words'], 'Xiong Bo')).toBe(false);
    expect(answersQuery(['the <mark>prison</mark> and the Study <mark>Group</mark>'], 'Prince Group')).toBe(false);
  });

  it('refuses what Pagefind found by shortening an unknown word', () => {
    expect(answersQuery(['there is <mark>no</mark> such thing'], 'nosuchwordxyz')).toBe(false);
    expect(answersQuery(['<mark>or</mark>'], 'orchid')).toBe(false);
  });

  it('leaves Chinese and Khmer queries to Pagefind', () => {
    expect(answersQuery(['no marks'], '电诈')).toBe(true);
  });
});

describe('a marked word answers a query word only whole or inflected', () => {
  it('refuses the pieces Pagefind finds for a word it does not know', () => {
    expect(markAnswers('Bo', 'both')).toBe(false);
    expect(markAnswers('Bo', 'borders')).toBe(false);
    expect(markAnswers('prince', 'prison')).toBe(false);
  });

  it('accepts the word and its inflections', () => {
    expect(markAnswers('group', 'groups')).toBe(true);
    expect(markAnswers('snakehead', 'Snakeheads:')).toBe(true);
    expect(markAnswers('19000', '19,000')).toBe(true);
  });

  it('names the words of a query that no page uses', () => {
    expect(unansweredWords(['the <mark>prison</mark>', 'ethnic <mark>groups</mark>'], 'Prince Group')).toEqual(['prince']);
    expect(unansweredWords(['<mark>Xiong</mark> <mark>Bo</mark>'], 'Xiong Bo')).toEqual([]);
  });

  it('keeps only the marks that answer the query, for the excerpt and the page', () => {
    expect(answeringTerms(['<mark>both</mark> <mark>borders</mark> <mark>Bo</mark> <mark>Xiong</mark>'], 'Xiong Bo')).toEqual(['bo', 'xiong']);
  });
});

describe('whole words in every script', () => {
  const found = (text: string, terms: string[]) => wholeWordMatches(text, terms).map((match) => `${match.index}:${match.text}`);

  it('marks a Chinese term only where it is a word of the text, not across two words', () => {
    // 公园|区域 holds 园区 across a word break; 诈骗|园区 holds it as a word.
    expect(found('公园区域和诈骗园区', ['园区'])).toEqual(['7:园区']);
    expect(found('远离网赌电诈集团', ['网赌'])).toEqual(['2:网赌']);
  });

  it('never marks a Latin word inside another', () => {
    expect(found('both borders of Cambodia, said Bo', ['Bo'])).toEqual(['31:Bo']);
  });
});
