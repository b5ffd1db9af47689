/**
 * A static host for `dist/`, as the tests and benchmarks see the site: it
 * serves files under the base path, compresses text with gzip, answers
 * unknown paths with 404.html, and applies `_headers` the way Netlify and
 * Cloudflare Pages do, so the header CSP and `frame-ancestors` are tested too.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.pdf': 'application/pdf',
  '.pagefind': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.bib', '.ris']);

/** `_headers` rules: a path pattern (`*` at the end matches anything) and its headers. */
export function parseHeadersFile(text: string): Array<{ pattern: string; headers: Record<string, string> }> {
  const rules: Array<{ pattern: string; headers: Record<string, string> }> = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

export interface DistServer {
  url: string;
  /** Body bytes sent since the last reset, counted here so requests from workers count too. */
  sent: { bytes: number; paths: string[] };
  close: () => Promise<void>;
}

export async function serveDist(dir: string, base = '/', port = 0): Promise<DistServer> {
  const sent = { bytes: 0, paths: [] as string[] };
  const rules = parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8').catch(() => ''));
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const policy = Object.assign({}, ...rules.filter((rule) => matches(rule.pattern, pathname)).map((rule) => rule.headers));
    const inside = pathname.startsWith(base) ? pathname.slice(base.length - 1) : null;
    let file = inside === null ? null : join(dir, normalize(inside));
    let status = 200;
    let body: Buffer;
    try {
      if (!file) throw new Error('outside the base path');
      if ((await stat(file)).isDirectory()) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { Location: `${pathname}/` }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      body = await readFile(file);
    } catch {
      status = 404;
      file = join(dir, '404.html');
      body = await readFile(file).catch(() => Buffer.from('Not found'));
    }
    const extension = extname(file);
    const headers: Record<string, string> = { ...policy, 'Content-Type': types[extension] ?? 'application/octet-stream' };
    if (compressible.has(extension) && /gzip/.test(String(request.headers['accept-encoding']))) {
      headers['Content-Encoding'] = 'gzip';
      body = gzipSync(body);
    }
    sent.bytes += body.length;
    sent.paths.push(pathname);
    response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
