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

/** The `_headers` file: the policy for every path under the site. */
export function hostHeaders(basePath: string): string {
  const csp = [
    ...cspDirectives,
    `script-src ${scriptSources.join(' ')}`,
    // All CSS is in files (build.inlineStylesheets: 'never'), so no hashes are needed.
    "style-src 'self'",
    // Only a header can forbid framing; a meta CSP cannot.
    "frame-ancestors 'none'",
  ].join('; ');
  return [
    `${basePath}*`,
    `  Content-Security-Policy: ${csp}`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    `  Permissions-Policy: ${permissionsPolicy}`,
    // Built assets have a content hash in their names, so they never change.
    `${basePath}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
