import { fillSentence, splitSentence } from '../editions/sentence';

/**
 * The interface strings the page's scripts show, in the page's language. The
 * layout writes them into `<body data-ui>` from the language's strings file
 * (the keys starting `client.`), so scripts hold no sentence of their own.
 */
let strings: Record<string, string> | undefined;

/** The base path of this page's edition: `/` for English, `/zh/` for the Simplified edition. */
export function editionBase(): string {
  return document.body.dataset['edition'] ?? '/';
}

function pageStrings(): Record<string, string> {
  strings ??= JSON.parse(document.body.dataset['ui'] ?? '{}') as Record<string, string>;
  return strings;
}

export function ui(key: string, values: Record<string, string | number> = {}): string {
  const text = pageStrings()[`client.${key}`] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/**
 * A whole sentence with a node for each placeholder: `template` split into
 * its text and its `{name}` placeholders, each placeholder replaced by
 * `nodes[name]` (a link the script made). The result is what `append()`
 * takes: the text parts stay strings, which `append()` inserts as text nodes,
 * never as HTML. A placeholder used twice gets a copy of its node. Throws,
 * naming `key` and the placeholder, when a placeholder has no node or a node
 * has no placeholder.
 */
export function sentenceNodes(key: string, template: string, nodes: Readonly<Record<string, Node>>): Array<string | Node> {
  const used = new Set<Node>();
  return fillSentence(`"${key}"`, splitSentence(template), nodes, 'node').map((part) => {
    if (typeof part === 'string') return part;
    const node = used.has(part) ? part.cloneNode(true) : part;
    used.add(part);
    return node;
  });
}

/** The page's sentence `client.<key>`, filled with `nodes` (see sentenceNodes), for `append()`. */
export function uiSentence(key: string, nodes: Readonly<Record<string, Node>>): Array<string | Node> {
  const template = pageStrings()[`client.${key}`];
  if (template === undefined) throw new Error(`"client.${key}": the page's strings (<body data-ui>) have no such key`);
  return sentenceNodes(`client.${key}`, template, nodes);
}
