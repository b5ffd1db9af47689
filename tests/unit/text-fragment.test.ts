import english from '../../src/editions/en.json';
import simplified from '../../src/editions/zh-hans.json';
import { toTraditional } from '../../src/editions/traditional';
import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, parseTextDirective, quoteLink, quoteWithCitation, selectedPassage, textDirective } from '../../src/outputs/citations/text-fragment';

describe('text fragments', () => {
  it('encodes the characters the syntax reserves', () => {
    expect(encodeFragmentTerm('Phnom Penh–Sihanoukville, a-b & c')).toBe(
      'Phnom%20Penh%E2%80%93Sihanoukville%2C%20a%2Db%20%26%20c',
    );
  });

  it('quotes a short passage whole', () => {
    expect(textDirective('  a snakehead   brings people ')).toBe('text=a%20snakehead%20brings%20people');
  });

  it('quotes a long passage by its first and last words', () => {
    const passage = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    expect(textDirective(passage)).toBe('text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen');
  });

  it('drops the current hash and query from the page URL', () => {
    expect(quoteLink('https://example.org/chapters/x/?highlight=a#old', 'the debt')).toBe(
      'https://example.org/chapters/x/#:~:text=the%20debt',
    );
  });

  it('copies the passage, a citation line and the link, in every edition\'s words', () => {
    for (const strings of [english, simplified]) {
      const copied = quoteWithCitation(
        ' the debt ',
        'https://e.org/x/#:~:text=the%20debt',
        { author: 'China Labor Watch', chapter: 'Inside the compounds', report: 'The report' },
        strings['client.quoteCitation'],
      );
      expect(copied.startsWith('“the debt”\n')).toBe(true);
      expect(copied.endsWith('https://e.org/x/#:~:text=the%20debt')).toBe(true);
    }
  });

  it('says the quoted words are the web edition\'s restatement, never CLW\'s own words', () => {
    const source = { author: 'China Labor Watch', chapter: 'Inside the compounds', report: 'The report' };
    const line = (template: string) => quoteWithCitation('x', 'https://e.org/', source, template).split('\n')[1];
    expect(line(english['client.quoteCitation'])).toBe(
      "From the chapter “Inside the compounds” of the web edition of The report: this edition's restatement of China Labor Watch's report, not China Labor Watch's own words. https://e.org/",
    );
    // No edition credits the selection to CLW as “passage” Author, “Chapter”.
    for (const strings of [english, simplified]) {
      expect(line(strings['client.quoteCitation'])).not.toMatch(/^China Labor Watch, “/);
    }
    expect(line(simplified['client.quoteCitation'])).toContain('非China Labor Watch原文');
    expect(line(toTraditional(simplified['client.quoteCitation']))).toContain('非China Labor Watch原文');
  });
});

describe('parseTextDirective, for browsers that do not follow text fragments', () => {
  it('reads the passage, or its first and last words', () => {
    expect(parseTextDirective('#:~:text=Desperate%20to%20get%20home')).toEqual({ start: 'Desperate to get home' });
    expect(parseTextDirective(`#:~:${textDirective('one two three four five six seven eight nine ten eleven twelve thirteen', 2)}`)).toEqual({ start: 'one two', end: 'twelve thirteen' });
  });

  it('drops a prefix and a suffix, and ignores a hash without a directive', () => {
    expect(parseTextDirective('#:~:text=before-,the%20words,-after')).toEqual({ start: 'the words' });
    expect(parseTextDirective('#section')).toBeUndefined();
  });
});

describe('a selected passage', () => {
  it('leaves out the paragraph-link glyph a whole-paragraph selection takes with it', () => {
    expect(selectedPassage('He did not know why. ¶\n')).toBe('He did not know why.');
    expect(quoteLink('https://example.org/chapters/x/', selectedPassage('why. ¶'))).toBe('https://example.org/chapters/x/#:~:text=why.');
  });
});
