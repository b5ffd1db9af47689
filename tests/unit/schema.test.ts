import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/report/schemas/chapter';

const valid = {
  title: 'A chapter',
  description: 'One or two sentences that describe the chapter for previews and results.',
  order: 1,
  updated: '2026-11-24',
  keyFindings: [{ id: 'finding-something', text: 'A finding that is long enough to read.', section: 'a-section' }],
};

function messages(data: unknown): string[] {
  const result = chapterSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('chapter frontmatter', () => {
  it('accepts a complete chapter and turns the date into a Date', () => {
    const parsed = chapterSchema.parse(valid);
    expect(parsed.updated).toEqual(new Date('2026-11-24'));
  });

  it('names a missing description', () => {
    const { description: _, ...rest } = valid;
    expect(messages(rest)).toEqual([
      'description: is required: one or two sentences for search results and link previews',
    ]);
  });

  it('names a description that is too short', () => {
    expect(messages({ ...valid, description: 'Short.' })).toEqual(['description: must be at least 40 characters']);
  });

  it('names a key finding id without the finding- prefix', () => {
    expect(messages({ ...valid, keyFindings: [{ ...valid.keyFindings[0]!, id: 'oops' }] })).toEqual([
      'keyFindings.0.id: must start with "finding-"',
    ]);
  });

  it('names an order that is not a number', () => {
    expect(messages({ ...valid, order: 'first' })).toEqual([
      'order: is required: a whole number giving the chapter position, from 1',
    ]);
  });

  it('names an unknown field, so a typo is not silently dropped', () => {
    expect(messages({ ...valid, contentnote: 'typo' })[0]).toMatch(/contentnote/);
  });

  it('names a key finding without the section that holds its evidence', () => {
    const { section: _, ...finding } = valid.keyFindings[0]!;
    expect(messages({ ...valid, keyFindings: [finding] })).toEqual([
      'keyFindings.0.section: is required: the id of the section that holds the evidence, such as sale-and-debt',
    ]);
  });

  it('refuses a finding that describes violence in a chapter without a content note', () => {
    expect(messages({ ...valid, keyFindings: [{ ...valid.keyFindings[0]!, describesViolence: true }] })).toEqual([
      'contentNote: a key finding that describes violence needs the chapter to have a contentNote',
    ]);
    expect(messages({ ...valid, contentNote: 'Describes reported violence, briefly.', keyFindings: [{ ...valid.keyFindings[0]!, describesViolence: true }] })).toEqual([]);
  });

  it('names a malformed date', () => {
    expect(messages({ ...valid, updated: 'last week' })).toEqual(['updated: is required: a date written YYYY-MM-DD']);
  });
});
