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

export function ui(key: string, values: Record<string, string | number> = {}): string {
  strings ??= JSON.parse(document.body.dataset['ui'] ?? '{}') as Record<string, string>;
  const text = strings[`client.${key}`] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
