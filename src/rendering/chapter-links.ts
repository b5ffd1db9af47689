import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { originalLine } from '../integrations/converted-file';
import { contentFileOf } from './content-file';
import { elementsOf, type TreeNode } from './hast-tree';
import { resolveLink, type Folders, type LinkTarget } from './link-targets';

export interface ChapterLinksOptions extends Folders {
  /** The site's base path, `/` or `/report/`. */
  basePath: string;
}

/**
 * Links between the report's chapters and pages, resolved while the MDX
 * renders (src/rendering/link-targets.ts says what an author may write). A
 * link to a chapter becomes a `<ChapterLink>` (src/components/chapter-links/),
 * so each page that shows the text decides where it leads: a chapter page to
 * the chapter's address, the print edition, which holds every chapter, to
 * the section on the same page. A link to a page gets the page's address,
 * with the base path, as does any address written from the site's root. A
 * broken link stops the render, naming the file an author edits and the
 * line. Runs before the link controls, which make the remaining relative
 * links root-relative.
 */
export function chapterLinks(options: ChapterLinksOptions) {
  return (factory: PluginFactoryContext): HastPluginDefinition | null => {
    const from = factory.fileURL && fileURLToPath(factory.fileURL);
    const source = from ? contentFileOf(from, options) : undefined;
    if (!from || !source) return null;
    // A converted edition's file is generated from the one an author edits: messages name that file and its line.
    const converted = relative(options.root, from).split(sep).join('/') !== source.file;
    return {
      name: 'report-chapter-links',
      options: { position: true },
      after(root, ctx) {
        const problems: string[] = [];
        for (const link of [...elementsOf(root as TreeNode)]) {
          const href = link.tagName === 'a' ? link.properties?.['href'] : undefined;
          if (typeof href !== 'string') continue;
          const resolution = resolveLink(href, from, source, options);
          if (!resolution) {
            // Any other address from the site's root is one under the base path too; the check of the built site follows it.
            if (/^\/(?!\/)/.test(href)) ctx.setProperty(link, 'href', `${options.basePath}${href.slice(1)}`);
            continue;
          }
          if ('problem' in resolution) {
            const line = link.position?.start.line;
            const at = line === undefined ? '' : `:${converted ? originalLine(factory.source, line) : line}`;
            problems.push(`${source.file}${at}: the link "${href}" leads nowhere: ${resolution.problem}`);
            continue;
          }
          const { target } = resolution;
          const address = `${options.basePath}${target.path}${target.fragment ? `#${target.fragment}` : ''}`;
          if (target.kind === 'chapter') ctx.replaceNode(link, chapterLink(link, address, target));
          else ctx.setProperty(link, 'href', address);
        }
        if (problems.length > 0) throw new Error(problems.join('\n'));
      },
    };
  };
}

/** The `<ChapterLink>` a link to a chapter becomes: the page passes the component that decides where it leads. */
function chapterLink(link: Element, address: string, target: LinkTarget): ElementContent {
  const attributes: Record<string, string> = { href: address, chapter: target.slug };
  if (target.fragment) attributes['section'] = target.fragment;
  return {
    type: 'mdxJsxTextElement',
    name: 'ChapterLink',
    attributes: Object.entries(attributes).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
    children: structuredClone(link.children),
  } as unknown as ElementContent;
}
