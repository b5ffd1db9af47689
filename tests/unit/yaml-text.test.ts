import { describe, expect, it } from 'vitest';
import { calendarProblem } from '../../src/report/schemas/calendar-date';
import { readFrontmatter, readYaml, readYamlList } from '../../src/report/yaml-text';

describe('readYaml', () => {
  it('keeps dates as the author wrote them', () => {
    expect(readYaml('a.yaml', 'date: 2026-02-30\n')).toEqual({ date: '2026-02-30' });
  });

  it('names the line a field was indented too far on, not the line above it', () => {
    expect(() => readYaml('a.yaml', 'id: one\ndate: 2026-11-24\n  title: Two\n')).toThrow(
      'a.yaml:3:8: bad indentation: this line is indented further than the field on line 2',
    );
  });

  it('names file, line and column of any other mistake', () => {
    expect(() => readYaml('a.yaml', 'id: one\ntitle: A\nid: two\n')).toThrow(/^a\.yaml:3:1: Map keys must be unique$/);
  });
});

describe('readYamlList', () => {
  it('gives each entry with the line it starts on', () => {
    expect(readYamlList('a.yaml', '# log\n- id: one\n  n: 1\n- id: two\n')).toEqual([
      { data: { id: 'one', n: 1 }, line: 2 },
      { data: { id: 'two' }, line: 4 },
    ]);
  });

  it('refuses a file that is not a list', () => {
    expect(() => readYamlList('a.yaml', 'id: one\n')).toThrow('a.yaml:1: must be a list of entries');
  });
});

describe('readFrontmatter', () => {
  it('counts lines from the top of the file', () => {
    expect(() => readFrontmatter('a.mdx', '---\ntitle: A\nupdated: 2026-11-24\n  order: 1\n---\n\nText.\n')).toThrow(
      'a.mdx:4:8: bad indentation: this line is indented further than the field on line 3',
    );
  });

  it('reads the fields, dates as text', () => {
    expect(readFrontmatter('a.mdx', '---\ntitle: A\nupdated: 2026-11-24\n---\n\nText.\n')).toEqual({ title: 'A', updated: '2026-11-24' });
  });
});

describe('calendarProblem', () => {
  it.each([
    ['2026-02-30', '2026-02-30 is not a date: February 2026 has 28 days'],
    ['2028-02-30', '2028-02-30 is not a date: February 2028 has 29 days'],
    ['2026-13-01', '2026-13-01 is not a date: there is no month 13'],
    ['2026-00', '2026-00 is not a date: there is no month 0'],
    ['2026-04-00', '2026-04-00 is not a date: April 2026 has 30 days'],
  ])('%s', (text, problem) => {
    expect(calendarProblem(text)).toBe(problem);
  });

  it.each(['2028-02-29', '2026-12-31', '2026-01', '2010'])('accepts %s', (text) => {
    expect(calendarProblem(text)).toBeUndefined();
  });
});
