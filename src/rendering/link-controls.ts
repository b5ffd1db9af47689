import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, RootContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { locales, sourceLocale } from '../editions/locales';
import { entriesOfPage, type AnchorRegistry } from '../report/anchor-registry';
import { contentFileOf, type ContentFile } from './content-file';
import { textChildren } from './english-first';
import { componentName, element, elementsOf, isElement, sectionHeadingId, textOf, type TreeNode } from './hast-tree';
import { englishParagraphs, englishParagraphIdsOfFile, translatedParagraphIds, type EnglishParagraph } from './paragraph-ids';
import { parseWithPositions } from './write-paragraph-ids';
import type { WrittenId } from './written-ids';

export interface LinkControlsOptions {
  /** The project's root folder, absolute. */
  root: string;
  /** Where the written content lives (`content`) and where converted editions are written (`generated`). */
  content: string;
  generated: string;
  /** The anchor registry, relative to the root: `content/anchors.json`. */
  registry: string;
  /** The site's base path, `/` or `/report/`. */
  basePath: string;
}

/**
 * The link controls of the report's text, placed while the MDX is rendered,
 * so `astro dev` shows what the build ships: an id and a ¶ link on each
 * paragraph of a chapter, a self-link, a copy button and (in chapters) a
 * Cite link after each section heading, a copy of a section's content note
 * inside each of its paragraphs, alias anchors for renamed ids (from the
 * registry), and root-relative links, which print can spell out. The
 * controls are components (src/components/link-controls/), so their words
 * come from the page's edition and a page may leave them out.
 */
export function linkControls(options: LinkControlsOptions) {
  return (factory: PluginFactoryContext): HastPluginDefinition | null => {
    const source = factory.fileURL && contentFileOf(fileURLToPath(factory.fileURL), options);
    if (!source) return null;
    return {
      name: 'report-link-controls',
      after(root, ctx) {
        // A translation's sections shown in English (src/rendering/english-first.ts) are read as the text's own.
        const children = textChildren(root.children as TreeNode[]);
        const pagePath = `${locales[source.code].prefix}${source.kind === 'chapter' ? `chapters/${source.slug}/` : `${source.slug}/`}`;
        const ids = paragraphIds(children, source, ctx);
        for (const [paragraph, id] of ids) {
          ctx.setProperty(paragraph, 'id', id);
          ctx.appendChild(paragraph, control('ParagraphLink', { id }));
        }
        repeatSectionNotes(children, ctx);
        for (const child of children) {
          const id = sectionHeadingId(child);
          if (id) ctx.insertAfter(child as Element, sectionTools(id, textOf(child).trim(), source));
        }
        makeLinksRootRelative(root, ctx, `${options.basePath}${pagePath}`);
        // An alias declared once, under the English page, lands in every edition.
        addAliasAnchors(children, ids, ctx, entriesOfPage(registryOf(options), pagePath));
      },
    };
  };
}

/**
 * Paragraph ids: English from the id written at a paragraph's start (its
 * opening words until it is published), a translation's from the English
 * file. Only chapters' paragraphs carry ids; a translated page is still held
 * to its original's sections and paragraphs, but may add sections.
 * src/rendering/english-first.ts has already shown from English whatever
 * lags behind, so what is left not to match is a fault of this code: it fails.
 */
function paragraphIds(children: readonly TreeNode[], source: ContentFile, ctx: HastVisitorContext): Map<Element, string> {
  const chapter = source.kind === 'chapter';
  if (source.code === sourceLocale) {
    if (!chapter) return new Map();
    const paragraphs = englishParagraphsNamingLines(children, source.file, ctx.source);
    for (const { paragraph, written } of paragraphs) if (written) removeMarker(paragraph, written, ctx);
    return new Map(paragraphs.map(({ paragraph, id }) => [paragraph, id]));
  }
  const { ids, problems } = translatedParagraphIds(children, englishParagraphIdsOfFile(source.englishFile), source.file, { extraSectionsAllowed: !chapter });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return chapter ? ids : new Map();
}

/**
 * The English paragraphs; a mistake in their written ids names its line,
 * which the tree a plugin gets may not carry: the source is then read again
 * with its positions, for the message.
 */
function englishParagraphsNamingLines(children: readonly TreeNode[], file: string, source: string): EnglishParagraph[] {
  try {
    return englishParagraphs(children, file);
  } catch (error) {
    englishParagraphs(parseWithPositions(source), file);
    throw error;
  }
}

/** The written id renders as nothing already; the space after it goes too, so the page reads as before. */
function removeMarker(paragraph: Element, written: WrittenId, ctx: HastVisitorContext): void {
  const next = paragraph.children[written.index + 1];
  if (next?.type === 'text') ctx.replaceNode(next as never, { type: 'text', value: (next as { value: string }).value.replace(/^\s+/, '') });
  ctx.removeNode(written.node as never);
}

/**
 * A control is a component (src/components/link-controls/), rendered with
 * the page's strings, which a page can also leave out (the printed edition).
 */
function control(name: 'ParagraphLink' | 'TargetNote', attributes: Record<string, string>, children?: ElementContent[]): ElementContent;
function control(name: 'SectionTools', attributes: Record<string, string>): RootContent;
function control(name: string, attributes: Record<string, string>, children: ElementContent[] = []): ElementContent | RootContent {
  return {
    type: name === 'SectionTools' ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children,
  } as unknown as ElementContent;
}

function sectionTools(id: string, title: string, source: ContentFile): RootContent {
  // Sections of chapters are cited on pages of their own; About and the other pages have none.
  return control('SectionTools', source.kind === 'chapter' ? { id, title, chapter: source.slug } : { id, title });
}

/**
 * A paragraph link into a section that opens with a content note would land
 * below the note, straight onto the text. Each paragraph of such a section
 * carries a copy of the note, shown only when the paragraph is the link's
 * target (anchors.css), so the note still comes first on the reader's screen.
 */
function repeatSectionNotes(children: readonly TreeNode[], ctx: HastVisitorContext): void {
  let note: ElementContent[] | undefined;
  for (const child of children) {
    if (sectionHeadingId(child)) note = undefined;
    else if (componentName(child) === 'SectionNote') {
      const content = ((child as { children?: TreeNode[] }).children ?? []) as ElementContent[];
      note = content.flatMap((node) => (isElement(node, 'p') ? node.children : [node]));
    } else if (note && isElement(child, 'p')) {
      ctx.prependChild(child, control('TargetNote', {}, structuredClone(note)));
    }
  }
}

/** `../getting-help/` → `/report/getting-help/`: the same place, but print can show the full address. */
function makeLinksRootRelative(root: TreeNode, ctx: HastVisitorContext, pageUrl: string): void {
  for (const link of elementsOf(root)) {
    const href = link.tagName === 'a' ? link.properties?.['href'] : undefined;
    if (typeof href !== 'string' || /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(href)) continue;
    const resolved = new URL(href, `https://site.invalid${pageUrl}`);
    ctx.setProperty(link, 'href', `${resolved.pathname}${resolved.search}${resolved.hash}`);
  }
}

/** An empty anchor with the old id before the element that took its place, so old links still land. */
function addAliasAnchors(children: readonly TreeNode[], paragraphIds: Map<Element, string>, ctx: HastVisitorContext, entries: Record<string, true | string>): void {
  const byId = new Map<string, Element>([...paragraphIds].map(([paragraph, id]) => [id, paragraph]));
  for (const child of children) {
    const id = sectionHeadingId(child);
    if (id) byId.set(id, child as Element);
  }
  for (const [alias, target] of Object.entries(entries)) {
    const element_ = typeof target === 'string' ? byId.get(target) : undefined;
    // A target that is not in the text is reported by the check of the built pages.
    if (element_) ctx.insertBefore(element_, element('span', { id: alias, className: ['anchor-alias'] }));
  }
}

const registries = new Map<string, { modified: number; entries: AnchorRegistry }>();

/** The anchor registry, read again only when it changes. */
function registryOf(options: LinkControlsOptions): AnchorRegistry {
  const file = join(options.root, options.registry);
  const modified = statSync(file).mtimeMs;
  const cached = registries.get(file);
  if (cached?.modified === modified) return cached.entries;
  const entries = JSON.parse(readFileSync(file, 'utf8')) as AnchorRegistry;
  registries.set(file, { modified, entries });
  return entries;
}
