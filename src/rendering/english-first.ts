import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { getLocale, locales, sourceLocale } from '../editions/locales';
import {
  fingerprint,
  isFootnotes,
  normalisedText,
  paragraphCount,
  sectionsOfFile,
  sourcesKey,
  textSections,
  type TextSection,
} from '../report/section-fingerprints';
import { contentFileOf, type ContentFile } from './content-file';
import { element, isElement, type TreeNode } from './hast-tree';

/**
 * English moves first, translations follow. English may gain, split or drop
 * sections and paragraphs before a translation does; the build warns, naming
 * the translation's file and the section, and the translated page follows
 * the English one section by section, so every heading and paragraph id of
 * the English page is on it:
 *
 * - a section the translation lacks, or whose paragraphs no longer match the
 *   English ones by count, is shown from English, in a container marked
 *   `lang="en"` under a one-line notice in the edition's language;
 * - a section the English chapter dropped is left out of a translated
 *   chapter (a translated page may add sections, as About's note does);
 * - a section whose English text changed since the translation recorded its
 *   fingerprint (frontmatter `sources`) gets a notice linking to the English
 *   section.
 *
 * This runs before the link controls (src/rendering/link-controls.ts), which
 * then give the English section's paragraphs their ids like any others.
 */

/** The class of the container of a section shown in English. */
export const untranslatedClass = 'untranslated-section';

/** A text's top-level nodes with the sections shown in English opened up, as the link controls read them. */
export function textChildren(children: readonly TreeNode[]): TreeNode[] {
  return children.flatMap((child) => (isUntranslated(child) ? ((child as Element).children as TreeNode[]) : [child]));
}

function isUntranslated(node: TreeNode): boolean {
  const className = isElement(node, 'div') ? node.properties?.['className'] : undefined;
  return Array.isArray(className) && className.includes(untranslatedClass);
}

export interface EnglishFirstOptions {
  root: string;
  content: string;
  generated: string;
  /** The site's base path, `/` or `/report/`, for links to the English sections. */
  basePath: string;
}

const warned = new Set<string>();
/** Says once per build (a converted edition renders the same file again). */
function warn(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[translations] ${message}`);
}

export function englishFirst(options: EnglishFirstOptions) {
  return (factory: PluginFactoryContext): HastPluginDefinition | null => {
    const source = factory.fileURL && contentFileOf(fileURLToPath(factory.fileURL), options);
    if (!source || source.code === sourceLocale) return null;
    return {
      name: 'report-english-first',
      after(root, ctx) {
        const frontmatter = (ctx.data['astro'] as { frontmatter?: { sources?: Record<string, string> } } | undefined)?.frontmatter;
        followEnglish(root, sectionsOfFile(source.englishFile), frontmatter?.sources, source, options, ctx);
      },
    };
  };
}

function followEnglish(
  root: Root,
  english: readonly TextSection[],
  recorded: Record<string, string> | undefined,
  source: ContentFile,
  options: EnglishFirstOptions,
  ctx: HastVisitorContext,
): void {
  const { file } = source;
  const children = root.children as TreeNode[];
  const translated = new Map(textSections(children).map((section) => [section.id, section]));
  const where = (id: string) => (id === '' ? 'the opening, before the first heading,' : `section "${id}"`);
  const englishIds = new Set(english.map((section) => section.id));
  const unrecorded: string[] = [];
  // Sections shown in English, waiting for the next translated section to be placed before.
  let pending: Element[] = [];
  const place = (before: TreeNode) => {
    if (pending.length > 0) ctx.insertBefore(before as Element, pending);
    pending = [];
  };

  for (const section of english) {
    const own = translated.get(section.id);
    const ownCount = own ? paragraphCount(own) : 0;
    const englishCount = paragraphCount(section);
    const missing = !own;
    if (missing || ownCount !== englishCount) {
      warn(
        missing
          ? `${file}: ${where(section.id)} of the English original is missing; the page shows it in English until it is translated`
          : `${file}: ${where(section.id)} has ${ownCount} paragraph${ownCount === 1 ? '' : 's'}, its English original ${englishCount}; ` +
              'the page shows the English section until each English paragraph is translated as one',
      );
      pending.push(inEnglish(section, source, options));
      if (own) for (const node of [...(own.heading ? [own.heading] : []), ...own.body]) ctx.removeNode(node as Element);
      continue;
    }
    if (own.heading) place(own.heading);
    else if (own.body[0]) place(own.body[0]);
    const key = sourcesKey(section.id);
    const current = fingerprint(normalisedText(section));
    const was = recorded?.[key];
    if (was === undefined) unrecorded.push(key);
    else if (was !== current) {
      warn(
        `${file}: the English text of ${where(section.id)} has changed since it was translated (fingerprint ${was} recorded, now ${current}); ` +
          `the page says so. Once the translation follows it, run: npm run translations:record -- ${file}`,
      );
      const notice = status('stale', section.id, source, options);
      if (own.heading) ctx.insertAfter(own.heading as Element, notice);
      else if (own.body[0]) ctx.insertBefore(own.body[0] as Element, notice);
    }
  }
  // A translated chapter follows English; a translated page may add a section of its own.
  for (const [id, own] of translated) {
    if (englishIds.has(id) || source.kind !== 'chapter') continue;
    warn(`${file}: section "${id}" is not in the English original (any more); the page leaves it out`);
    for (const node of [own.heading!, ...own.body]) ctx.removeNode(node as Element);
  }
  if (pending.length > 0) {
    const footnotes = children.find(isFootnotes);
    if (footnotes) place(footnotes);
    else ctx.appendChild(root, pending);
  }
  if (unrecorded.length > 0) {
    warn(`${file}: no fingerprint of the English text is recorded for ${unrecorded.map((key) => `"${key}"`).join(', ')}, so a change to it goes unnoticed; run: npm run translations:record -- ${file}`);
  }
}

/** The address of a section of the English page, for a notice's link. */
function englishHref(id: string, source: ContentFile, options: EnglishFirstOptions): string {
  const page = source.kind === 'chapter' ? `chapters/${source.slug}/` : `${source.slug}/`;
  return `${options.basePath}${locales[sourceLocale].prefix}${page}${id ? `#${id}` : ''}`;
}

/** A one-line notice in the edition's language (src/components/SectionStatus.astro). */
function status(state: 'english' | 'stale', id: string, source: ContentFile, options: EnglishFirstOptions): RootContent {
  const attributes = { state, href: englishHref(id, source, options) };
  return {
    type: 'mdxJsxFlowElement',
    name: 'SectionStatus',
    attributes: Object.entries(attributes).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
    children: [],
  } as unknown as RootContent;
}

/** The English section, under its notice, in a container marked as English. */
function inEnglish(section: TextSection, source: ContentFile, options: EnglishFirstOptions): Element {
  const body = section.body.map((node) => withoutFootnoteReferences(structuredClone(node) as TreeNode)).filter((node) => node !== undefined);
  const heading = section.heading ? [structuredClone(section.heading) as ElementContent] : [];
  return element(
    'div',
    { className: [untranslatedClass], lang: getLocale(sourceLocale).lang },
    [...heading, status('english', section.id, source, options) as ElementContent, ...(body as ElementContent[])],
  );
}

/**
 * The English footnotes are on the English page only: a reference to one
 * would land on the translation's footnote of that number. The notice links
 * to the English section, where they are.
 */
function withoutFootnoteReferences(node: TreeNode): TreeNode | undefined {
  if (isElement(node, 'sup') && node.children.some((child) => isElement(child, 'a') && child.properties?.['dataFootnoteRef'] !== undefined)) return undefined;
  if ('children' in node && Array.isArray(node.children)) {
    (node as { children: TreeNode[] }).children = (node.children as TreeNode[]).map(withoutFootnoteReferences).filter((child) => child !== undefined);
  }
  return node;
}
