/**
 * Wordings a fact-check against the source found wrong, kept from coming
 * back. Each pattern says what the article does not say; the correction log
 * (content/corrections.yaml) says what it does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const content = join(import.meta.dirname, '..', '..', 'content');
const files = readdirSync(content, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(mdx|ts|yaml)$/.test(file) && file !== 'corrections.yaml')
  .map((file) => ({ file, text: readFileSync(join(content, file), 'utf8').replace(/\s+/g, ' ') }));

const corrected: Array<[string, RegExp]> = [
  ['the 80,000 and 250,000 figures are the article’s own, not media reports’', /media reports[^.]{0,120}(80,000|250,000)|(80,000|250,000)[^.]{0,160}media reports/i],
  ['the pandemic did not turn casinos into scam compounds', /(pandemic|COVID-19)[^.]{0,40}turned casinos/i],
  ['no online gambling permit at all, not “no new” permits or “an end to” them', /no new online gambling permits?|an end to online gambling permits/i],
  // The article's passage on scam operations across Cambodia names media sources once: one attribution
  // everywhere, “CLW writes, in a passage drawing on media sources”, never media sources alone nor CLW alone.
  ['violence in the compounds is not told as media sources’ claim alone', /(?<!drawing on |cite those )media sources[^.]{0,200}(beaten|electric shocks|sexually assaulted|identity documents)/i],
  ['violence in the compounds is not told as CLW’s account alone', /According to CLW, victims who refuse/i],
  ['the scam operations across Cambodia are not told as media sources’ claim alone', /The same sources say dozens/i],
  ['the fear of prosecution “might not be unwarranted”: not stronger', /may (well )?be justified/i],
  ['the article lists the industries without counting them', /three kinds of industry/i],
  ['the recommendations are not where the article ends', /the article ends with what/i],
  ['gambling’s rise was accompanied by crime, not the cause of it', /gambling[^.]{0,60}brought with it/i],
];

describe('corrected wordings stay corrected', () => {
  for (const [what, pattern] of corrected) {
    it(what, () => {
      const found = files.filter(({ text }) => pattern.test(text)).map(({ file, text }) => `${file}: …${text.match(pattern)![0]}…`);
      expect(found).toEqual([]);
    });
  }
});
