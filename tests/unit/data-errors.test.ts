/**
 * Data an author cannot see is wrong must stop the build, saying where: a
 * YAML file that cannot be read (by file, line and column), a date that is
 * not on the calendar (by file and field), a heading id used twice (by the
 * file that has it). Each builds the small fixture site with one mistake.
 * The content layer alone reads YAML and frontmatter, so `astro sync`
 * proves those in a fraction of a build's time.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixtureCopies } from '../support/fixture-site';

afterAll(removeFixtureCopies, 120_000);

describe.concurrent('bad data fails the build and says where', () => {
  it('a mis-indented line in the corrections log fails, naming the file, line and column', async () => {
    // Line 6 of the fixture's log, `  title: …`, pushed one space right.
    const { status, output } = await buildFixture({ 'corrections.yaml': (text) => text.replace('  title: First', '   title: First') }, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/corrections.yaml:6:9: bad indentation: this line is indented further than the field on line 5');
  });

  it('a mis-indented line in the glossary fails, naming the file, line and column', async () => {
    const { status, output } = await buildFixture({ 'glossary.yaml': (text) => text.replace('\n  definition:', '\n definition:') }, ['sync']);
    expect(status).not.toBe(0);
    // Line 4, `  definition: …`, pulled one space left: no longer inside the entry, nor a new one.
    expect(output).toContain('content/glossary.yaml:4:1: Sequence item without - indicator');
  });

  it('an id used by two entries of the corrections log fails, naming both lines', async () => {
    const { status, output } = await buildFixture(
      { 'corrections.yaml': (text) => `${text}- id: first-publication\n  date: 2026-11-25\n  title: A second entry\n  summary: An entry that repeats the id of the first, which would hide one of them.\n` },
      ['sync'],
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/corrections.yaml:8: the id "first-publication" is already used by the entry on line 4');
  });

  it('an impossible day in a chapter\'s "updated" fails, naming the file and the field', async () => {
    const { status, output } = await buildFixture({ 'chapters/01-first.mdx': (text) => text.replace('updated: 2026-11-24', 'updated: 2026-02-30') }, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/01-first.mdx');
    expect(output).toContain('updated: 2026-02-30 is not a date: February 2026 has 28 days');
  });

  it('an impossible month in a translation\'s "translates" fails, naming the file and the field', async () => {
    const { status, output } = await buildFixture({ 'chapters/zh-hans/02-second.mdx': (text) => text.replace(/^translates: .*$/m, 'translates: 2026-13-01') }, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/zh-hans/02-second.mdx');
    expect(output).toContain('translates: 2026-13-01 is not a date: there is no month 13');
  });

  it('an impossible date in the corrections log fails, naming the file and the field', async () => {
    const { status, output } = await buildFixture({ 'corrections.yaml': (text) => text.replace('date: 2026-11-24', 'date: 2026-11-31') }, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/corrections.yaml');
    expect(output).toContain('date: 2026-11-31 is not a date: November 2026 has 30 days');
  });

  it('an impossible month in the timeline fails, naming the file and the field', async () => {
    const { status, output } = await buildFixture({ 'timeline.ts': (text) => text.replace("date: '2010'", "date: '2010-13'") });
    expect(status).not.toBe(0);
    expect(output).toContain('content/timeline.ts: item "2010-13": field "date" 2010-13 is not a date: there is no month 13');
  });

  it('a syntax error in a TypeScript data file fails, naming the file, line and column', async () => {
    // Guards what Vite already reports: the missing comma after the date, on line 6.
    const { status, output } = await buildFixture({ 'timeline.ts': (text) => text.replace("date: '2010',", "date: '2010'") });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/timeline\.ts:6:\d+/);
  });

  it('a heading id used twice in an English chapter names the English file and both lines, not its translation', async () => {
    const { status, output } = await buildFixture({ 'chapters/01-first.mdx': (text) => text.replace('{#a-subsection}', '{#a-section}') });
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/01-first.mdx:19: the heading id "a-section" is already used on line 15');
    expect(output).not.toContain('content/chapters/zh-hans/01-first.mdx');
  });
});
