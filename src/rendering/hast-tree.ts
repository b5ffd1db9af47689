import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * Small readers of a content page's HTML tree (hast), shared by the link
 * controls and the paragraph ids so that both read a page the same way.
 */

/** A node of the tree, including MDX's JSX elements (a `<SectionNote>`). */
export type TreeNode = Root | RootContent | ElementContent | { type: string; children?: TreeNode[]; value?: string; name?: string | null };

export function isElement(node: TreeNode, ...tagNames: string[]): node is Element {
  return node.type === 'element' && (tagNames.length === 0 || tagNames.includes((node as Element).tagName));
}

/** The JSX component a node is (`SectionNote`), or undefined. */
export function componentName(node: TreeNode): string | undefined {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? ((node as { name?: string | null }).name ?? undefined) : undefined;
}

/** A node's text, as a reader sees it (the DOM's textContent). */
export function textOf(node: TreeNode): string {
  if ('value' in node && typeof node.value === 'string' && node.type === 'text') return node.value;
  return 'children' in node && Array.isArray(node.children) ? (node.children as TreeNode[]).map(textOf).join('') : '';
}

/** The id of a section heading (h2, h3) of the text; the footnotes heading is generated and is not a section. */
export function sectionHeadingId(node: TreeNode): string | undefined {
  if (!isElement(node, 'h2', 'h3')) return undefined;
  const id = node.properties?.['id'];
  return typeof id === 'string' && id !== 'footnote-label' ? id : undefined;
}

/** Every element of a tree, depth first. */
export function* elementsOf(node: TreeNode): Generator<Element> {
  if (isElement(node)) yield node;
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as TreeNode[]) yield* elementsOf(child);
}

export function element(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}
