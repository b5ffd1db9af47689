/**
 * The site's security policy, in one place: Astro writes it into each page as
 * a meta Content-Security-Policy (with hashes of anything inline), and the
 * build writes the same policy, plus what only a header can carry, into
 * `_headers` for hosts that read it (Netlify, Cloudflare Pages).
 */

/** Directives shared by the meta tag and the header. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  // Pagefind fetches its index and runs its search in a worker.
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

/** Script sources: our own files, and Pagefind's WebAssembly search engine. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

/** Features the site never uses, switched off. Copying a link needs the clipboard. */
export const permissionsPolicy = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'clipboard-write=(self)',
].join(', ');

/**
 * Where a document or a worker is served from, as `_headers` patterns, for a
 * site whose built files are `paths` (relative to the output folder, forward
 * slashes): the root page, and each top-level folder or file that holds a
 * page (`.html`) or the service worker. Everything else is an asset.
 */
export function documentPatterns(basePath: string, paths: readonly string[]): string[] {
  const tops = new Set<string>();
  for (const path of paths) {
    if (!path.endsWith('.html') && path !== 'sw.js') continue;
    if (path === 'index.html') continue;
    const [top, ...rest] = path.split('/');
    tops.add(rest.length > 0 ? `${basePath}${top}/*` : `${basePath}${top}`);
  }
  return [basePath, `${basePath}index.html`, ...[...tops].sort()];
}

/**
 * The `_headers` file. The policy headers (about 0.4 KB a response) go only
 * with documents and the worker, where browsers use them: a search on a slow
 * line fetches a dozen scripts, index files and WebAssembly that would carry
 * them for nothing. `nosniff` goes with everything.
 */
export function hostHeaders(basePath: string, documents: readonly string[]): string {
  const csp = [
    ...cspDirectives,
    `script-src ${scriptSources.join(' ')}`,
    // All CSS is in files (build.inlineStylesheets: 'never'), so no hashes are needed.
    "style-src 'self'",
    // Only a header can forbid framing; a meta CSP cannot.
    "frame-ancestors 'none'",
  ].join('; ');
  const policy = [
    `  Content-Security-Policy: ${csp}`,
    '  Referrer-Policy: no-referrer',
    `  Permissions-Policy: ${permissionsPolicy}`,
  ];
  return [
    `${basePath}*`,
    '  X-Content-Type-Options: nosniff',
    ...documents.flatMap((pattern) => [pattern, ...policy]),
    // Built assets have a content hash in their names, so they never change.
    `${basePath}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
