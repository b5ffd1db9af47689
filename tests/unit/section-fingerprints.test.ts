/**
 * A translation records a fingerprint of each English section it translates;
 * the fingerprint changes when the English words change and only then:
 * re-wrapping lines, re-indenting or changing markup alone (emphasis) leaves
 * it alone, and each section has its own.
 */
import { describe, expect, it } from 'vitest';
import { fingerprint, mdxChildren, normalisedText, sectionFingerprints, textSections } from '../../src/report/section-fingerprints';
import { recordedSources, withSources } from '../../src/report/record-sources';

const english = `---
title: A chapter
---

An opening paragraph.

## A section {#a-section}

The first paragraph of the section.

### A subsection {#a-subsection}

Words of the subsection.[^1]

[^1]: A footnote.
`;

const fingerprints = (source: string) => sectionFingerprints(textSections(mdxChildren(source)));

describe('section fingerprints', () => {
  it('are short hex digests, one per section, the opening under "_opening"', () => {
    const prints = fingerprints(english);
    expect([...prints.keys()]).toEqual(['_opening', 'a-section', 'a-subsection']);
    for (const value of prints.values()) expect(value).toMatch(/^[0-9a-f]{10}$/);
    expect(new Set(prints.values()).size).toBe(3);
    expect(fingerprint('same words')).toBe(fingerprint('same words'));
  });

  it('do not change when only white space or markup changes', () => {
    const rewrapped = english
      .replace('The first paragraph of the section.', 'The first   paragraph\nof the section.')
      .replace('Words of the subsection.', '*Words* of the   subsection.');
    expect(fingerprints(rewrapped)).toEqual(fingerprints(english));
  });

  it('change for the section whose words change, and for no other', () => {
    const before = fingerprints(english);
    const after = fingerprints(english.replace('The first paragraph', 'The opening paragraph'));
    expect(after.get('a-section')).not.toBe(before.get('a-section'));
    expect(after.get('_opening')).toBe(before.get('_opening'));
    expect(after.get('a-subsection')).toBe(before.get('a-subsection'));
    // A changed heading is a changed section.
    expect(fingerprints(english.replace('## A section', '## The section')).get('a-section')).not.toBe(before.get('a-section'));
  });

  it('normalise Unicode and white space, and leave the page’s footnotes out of the last section', () => {
    const [, , last] = textSections(mdxChildren(english));
    expect(normalisedText(last!)).toBe('A subsection Words of the subsection.1');
  });
});

describe('recording them in a translation', () => {
  const translation = `---
title: 一章
translates: 2026-11-24
sources:
  _opening: 0000000000
  gone: 1111111111
---

开头一段。

## 一节 {#a-section}

这一节的第一段。
`;

  it('records the sections the translation has, with as many paragraphs, and names the ones it lacks', () => {
    const { sources, skipped } = recordedSources(english, translation);
    expect([...sources.keys()]).toEqual(['_opening', 'a-section']);
    expect(sources.get('a-section')).toBe(fingerprints(english).get('a-section'));
    expect(skipped).toEqual(['a-subsection']);
    // A section whose paragraphs do not match is shown in English: not recorded.
    expect(recordedSources(english, `${translation}\n多出来的一段。\n`).skipped).toEqual(['a-section', 'a-subsection']);
  });

  it('replaces the frontmatter’s sources and leaves the rest of the file as it was', () => {
    const { sources } = recordedSources(english, translation);
    const written = withSources(translation, sources, 'x.mdx');
    expect(written).toBe(
      translation.replace(/sources:\n(?: {2}.*\n)+/, '').replace('---\n\n开头', `sources:\n  _opening: ${sources.get('_opening')}\n  a-section: ${sources.get('a-section')}\n---\n\n开头`),
    );
    expect(withSources(written, sources, 'x.mdx')).toBe(written);
    expect(() => withSources('no frontmatter', sources, 'x.mdx')).toThrow('x.mdx: no frontmatter block');
  });
});
