import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as cheerio from 'cheerio';
import { evaluate } from 'satteri';
import { describe, expect, it } from 'vitest';
import { linkControls } from '../../src/rendering/link-controls';

/**
 * The link controls are made while the MDX renders (so `astro dev` shows
 * them). These tests render small MDX files through the plugin with a tiny
 * JSX runtime that writes HTML, and read the HTML as a browser would.
 */

const Fragment = Symbol('Fragment');
type Node = { type: unknown; props: Record<string, unknown> } | string | number | null | undefined | Node[];
const jsx = (type: unknown, props: unknown) => ({ type, props: props as Record<string, unknown> });
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function toHtml(node: Node): string {
  if (node === null || node === undefined) return '';
  if (Array.isArray(node)) return node.map(toHtml).join('');
  if (typeof node !== 'object') return escape(String(node));
  const { type, props } = node;
  const children = toHtml(props['children'] as Node);
  if (type === Fragment) return children;
  if (typeof type === 'function') return toHtml(type(props) as Node);
  const attributes = Object.entries(props)
    .filter(([name]) => name !== 'children')
    .map(([name, value]) => ` ${name === 'className' ? 'class' : name}${value === true ? '' : `="${escape(String(value))}"`}`)
    .join('');
  return `<${String(type)}${attributes}>${children}</${String(type)}>`;
}

/**
 * Stand-ins for the site's components (src/components/), showing where the
 * plugin placed each control and what it handed it; the controls' own markup
 * and words are checked on the built pages.
 */
const components = {
  SectionNote: (props: { children: Node }) => jsx('div', { className: 'content-note', children: props.children }),
  ParagraphLink: (props: { id: string }) => jsx('a', { className: 'para-link', href: `#${props.id}`, children: '¶' }),
  SectionTools: (props: { id: string; title: string; chapter?: string }) =>
    jsx('div', { className: 'section-tools', 'data-id': props.id, 'data-title': props.title, ...(props.chapter ? { 'data-chapter': props.chapter } : {}) }),
  TargetNote: (props: { children: Node }) => jsx('span', { className: 'target-note', children: props.children }),
};

/** An empty project folder with an anchor registry. */
function project(registry: Record<string, Record<string, true | string>> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'link-controls-'));
  write(root, 'content/anchors.json', JSON.stringify(registry));
  return root;
}

function render(root: string, file: string, basePath = '/'): cheerio.CheerioAPI {
  const plugin = linkControls({ root, content: 'content', generated: 'generated', registry: 'content/anchors.json', basePath });
  const module = evaluate(readFileSync(join(root, file), 'utf8'), {
    Fragment,
    jsx,
    jsxs: jsx,
    fileURL: pathToFileURL(join(root, file)),
    hastPlugins: [plugin],
    features: { headingAttributes: true, frontmatter: true },
  }) as { default: (props: { components: Record<string, unknown> }) => Node };
  return cheerio.load(toHtml(module.default({ components })), null, false);
}

function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

const english = `---
title: First
---

An opening paragraph.

## A section {#a-section}

Snakeheads bring people to the compounds.

Snakeheads bring people to the compounds, again.

## Inside {#inside}

<SectionNote>Describes violence.</SectionNote>

Victims could be beaten.

## After {#after}

Calm text, with [help](../../getting-help/).
`;

const chinese = `---
title: 第一
---

开头一段。

## 一节 {#a-section}

蛇头把人带进园区。

蛇头又把人带进园区。

## 园区内 {#inside}

<SectionNote>描述暴力。</SectionNote>

受害者可能遭到殴打。

## 之后 {#after}

平静的文字。
`;

function report(registry: Record<string, Record<string, true | string>> = {}): string {
  const root = project(registry);
  write(root, 'content/chapters/01-first.mdx', english);
  write(root, 'content/chapters/zh-hans/01-first.mdx', chinese);
  return root;
}

/** The English chapter's paragraph ids, which its translation carries too. */
const englishIds = [
  'p-an-opening-paragraph',
  'p-snakeheads-bring-people-to-the',
  'p-snakeheads-bring-people-to-the-2',
  'p-victims-could-be-beaten',
  'p-calm-text-with-help',
];

describe('paragraphs of a chapter', () => {
  it('get an id from their opening words, unique on the page, and a ¶ link to it', () => {
    const $ = render(report(), 'content/chapters/01-first.mdx');
    expect($('p[id]').map((_, p) => $(p).attr('id')).get()).toEqual(englishIds);
    expect($('#p-victims-could-be-beaten a.para-link').attr('href')).toBe('#p-victims-could-be-beaten');
    expect($('a.para-link')).toHaveLength(5);
  });

  it('in a translation take the ids of the English paragraphs in the same places', () => {
    const $ = render(report(), 'content/chapters/zh-hans/01-first.mdx');
    expect($('p[id]').map((_, p) => $(p).attr('id')).get()).toEqual(englishIds);
    expect($('#p-victims-could-be-beaten a.para-link').attr('href')).toBe('#p-victims-could-be-beaten');
  });

  it('fail the render, naming the file and the section, when a translation has another number of them', () => {
    const root = report();
    write(root, 'content/chapters/zh-hans/01-first.mdx', chinese.replace('蛇头又把人带进园区。\n', ''));
    expect(() => render(root, 'content/chapters/zh-hans/01-first.mdx')).toThrow(
      'content/chapters/zh-hans/01-first.mdx: section "a-section" has 1 paragraph, its English original 2; paragraphs take their ids from the English ones by order',
    );
  });
});

describe('paragraph ids written into the English text', () => {
  /** The English chapter with its published ids written, as `npm run anchors:record` writes them. */
  const written = english
    .replace('An opening paragraph.', '{/* #p-an-opening-paragraph */} An opening paragraph.')
    .replace('Snakeheads bring people to the compounds.\n', '{/* #p-snakeheads-bring-people-to-the */} Snakeheads bring people to the compounds.\n');

  it('are used instead of the words, and the text shows nothing of them', () => {
    const root = report();
    write(root, 'content/chapters/01-first.mdx', written.replace('} Snakeheads bring people to the compounds.\n', '} Smugglers take people to the compounds.\n'));
    const $ = render(root, 'content/chapters/01-first.mdx');
    expect($('p[id]').map((_, p) => $(p).attr('id')).get()).toEqual(englishIds);
    expect($('#p-snakeheads-bring-people-to-the').contents().first().text()).toBe('Smugglers take people to the compounds.');
    expect($.html()).not.toContain('/*');
  });

  it('are taken first: a new paragraph with the words of a written one gets another id', () => {
    const root = report();
    write(root, 'content/chapters/01-first.mdx', written.replace('{/* #p-an-opening-paragraph */} An opening paragraph.', 'An opening paragraph.\n\n{/* #p-an-opening-paragraph */} An opening paragraph.'));
    const $ = render(root, 'content/chapters/01-first.mdx');
    expect($('p[id]').map((_, p) => $(p).attr('id')).get().slice(0, 2)).toEqual(['p-an-opening-paragraph-2', 'p-an-opening-paragraph']);
  });

  it('are shared by a translation, by position', () => {
    const root = report();
    write(root, 'content/chapters/01-first.mdx', written.replace('} Snakeheads bring people', '} Smugglers take people'));
    const $ = render(root, 'content/chapters/zh-hans/01-first.mdx');
    expect($('p[id]').map((_, p) => $(p).attr('id')).get()).toEqual(englishIds);
  });

  it('fail the render, naming the file and line, when one is written twice or inside a paragraph', () => {
    const root = report();
    write(root, 'content/chapters/01-first.mdx', written.replace('Victims could be beaten.', '{/* #p-an-opening-paragraph */} Victims could be beaten.'));
    expect(() => render(root, 'content/chapters/01-first.mdx')).toThrow(
      'content/chapters/01-first.mdx:17: the paragraph id "#p-an-opening-paragraph" is also written at line 5; each paragraph needs its own',
    );
    write(root, 'content/chapters/01-first.mdx', written.replace('Victims could be beaten.', 'Victims could be beaten. {/* #p-victims-could-be-beaten */} Again.'));
    expect(() => render(root, 'content/chapters/01-first.mdx')).toThrow(
      'content/chapters/01-first.mdx:17: the paragraph id "#p-victims-could-be-beaten" is written inside a paragraph, not at its start',
    );
  });
});

describe('the sections of a translation', () => {
  it('fail the render, naming the file and the section, when the translation lacks one of its original', () => {
    const root = report();
    write(root, 'content/chapters/zh-hans/01-first.mdx', chinese.replace('## 之后 {#after}\n\n平静的文字。\n', ''));
    expect(() => render(root, 'content/chapters/zh-hans/01-first.mdx')).toThrow('content/chapters/zh-hans/01-first.mdx: section "after" of the English original is missing');
  });

  it('fail the render of a chapter, naming the file and the section, when the translation adds one', () => {
    const root = report();
    write(root, 'content/chapters/zh-hans/01-first.mdx', `${chinese}\n## 译注 {#translation-note}\n\n译者的话。\n`);
    expect(() => render(root, 'content/chapters/zh-hans/01-first.mdx')).toThrow('content/chapters/zh-hans/01-first.mdx: section "translation-note" is not in the English original');
  });

  it('of a page may add sections, but must keep the paragraphs of its original\'s', () => {
    const root = project();
    write(root, 'content/pages/about.mdx', '---\ntitle: About\n---\n\n## Who {#who}\n\nWe are a watchdog.\n');
    write(root, 'content/pages/zh-hans/about.mdx', '---\ntitle: 关于\n---\n\n## 我们 {#who}\n\n我们是监察机构。\n\n## 译注 {#translation-note}\n\n译者的话。\n');
    const $ = render(root, 'content/pages/zh-hans/about.mdx');
    expect($('#translation-note').text()).toBe('译注');
    expect($('p[id]')).toHaveLength(0);
    write(root, 'content/pages/zh-hans/about.mdx', '---\ntitle: 关于\n---\n\n## 我们 {#who}\n\n我们是监察机构。\n\n我们在纽约。\n');
    expect(() => render(root, 'content/pages/zh-hans/about.mdx')).toThrow(
      'content/pages/zh-hans/about.mdx: section "who" has 2 paragraphs, its English original 1; paragraphs take their ids from the English ones by order',
    );
  });
});

describe('a section behind a content note', () => {
  it('repeats the note inside each of its paragraphs, and only there', () => {
    const $ = render(report(), 'content/chapters/01-first.mdx');
    expect($('#p-victims-could-be-beaten .target-note').text()).toBe('Describes violence.');
    expect($('#p-calm-text-with-help .target-note')).toHaveLength(0);
    expect($('#p-snakeheads-bring-people-to-the .target-note')).toHaveLength(0);
  });
});

describe('section headings', () => {
  it('in a chapter are followed by their tools, which know the section and the chapter it is cited under', () => {
    const $ = render(report(), 'content/chapters/zh-hans/01-first.mdx', '/report/');
    const tools = $('#inside + .section-tools');
    expect(tools.attr('data-id')).toBe('inside');
    expect(tools.attr('data-title')).toBe('园区内');
    expect(tools.attr('data-chapter')).toBe('first');
    expect($('.section-tools')).toHaveLength(3);
  });

  it('on a stand-alone page are followed by tools without a chapter (no Cite link), and the paragraphs get no ids', () => {
    const root = report();
    write(root, 'content/pages/about.mdx', '---\ntitle: About\n---\n\n## How to cite {#how-to-cite}\n\nCite it.\n');
    const $ = render(root, 'content/pages/about.mdx');
    expect($('#how-to-cite + .section-tools').attr('data-title')).toBe('How to cite');
    expect($('.section-tools').attr('data-chapter')).toBeUndefined();
    expect($('p[id], .para-link')).toHaveLength(0);
  });
});

describe('links in the text', () => {
  it('become root-relative, so print can show where they go', () => {
    const $ = render(report(), 'content/chapters/01-first.mdx', '/report/');
    expect($('#p-calm-text-with-help a').first().attr('href')).toBe('/report/getting-help/');
  });
});

describe('a renamed anchor recorded in the registry', () => {
  it('gets an alias anchor right before the element that took its place', () => {
    const root = report({ 'chapters/first/': { 'p-smugglers-bring-people-to-the': 'p-snakeheads-bring-people-to-the' } });
    const $ = render(root, 'content/chapters/01-first.mdx');
    expect($('#p-smugglers-bring-people-to-the').hasClass('anchor-alias')).toBe(true);
    expect($('#p-smugglers-bring-people-to-the').next().attr('id')).toBe('p-snakeheads-bring-people-to-the');
  });
});

describe('a file that is not part of the report', () => {
  it('is rendered as it is written', () => {
    const root = report();
    write(root, 'notes/draft.mdx', '## A heading {#a-heading}\n\nSome text.\n');
    const $ = render(root, 'notes/draft.mdx');
    expect($('p[id], .section-tools')).toHaveLength(0);
  });
});
