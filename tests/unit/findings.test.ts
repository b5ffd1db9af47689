import { describe, expect, it } from 'vitest';
import { checkFindings, headlineLimit, type FindingsOfChapter } from '../../src/report/findings';

const finding = (id: string, section: string, headline = false, conclusion = false) => ({ id, text: 'A finding long enough to read.', section, headline, describesViolence: false, conclusion });
const chapter = (file: string, findings: FindingsOfChapter['findings']): FindingsOfChapter => ({ file, findings, sectionIds: ['debt', 'lures'] });

describe('key findings across the report', () => {
  it('accept findings that lead to sections of their chapter, with one to eight headlines', () => {
    expect(() => checkFindings([chapter('content/chapters/04-x.mdx', [finding('finding-a', 'debt', true), finding('finding-b', 'lures')])])).not.toThrow();
  });

  it('name the file, finding and field when the evidence section is not in the chapter', () => {
    expect(() => checkFindings([chapter('content/chapters/04-x.mdx', [finding('finding-a', 'nowhere', true)])])).toThrow(
      'content/chapters/04-x.mdx: key finding "finding-a", field "section": "nowhere" is not a section of this chapter',
    );
  });

  it('refuse more headlines than the home page leads with', () => {
    const many = Array.from({ length: headlineLimit + 1 }, (_, index) => finding(`finding-${index}`, 'debt', true));
    expect(() => checkFindings([chapter('content/chapters/04-x.mdx', many)])).toThrow(`9 key findings have "headline: true", at most ${headlineLimit} may`);
  });

  it('refuse a second conclusion, naming both', () => {
    const two = [finding('finding-a', 'debt', true, true), finding('finding-b', 'lures', false, true)];
    expect(() => checkFindings([chapter('content/chapters/07-x.mdx', two)])).toThrow(
      'content/chapters: 2 key findings have "conclusion: true", the report has one conclusion:\n  content/chapters/07-x.mdx: finding-a\n  content/chapters/07-x.mdx: finding-b',
    );
    expect(() => checkFindings([chapter('content/chapters/07-x.mdx', [two[0]!])])).not.toThrow();
  });

  it('need at least one headline', () => {
    expect(() => checkFindings([chapter('content/chapters/04-x.mdx', [finding('finding-a', 'debt')])])).toThrow('no key finding has "headline: true"');
  });
});
