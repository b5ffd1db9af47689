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
  '.epub': 'application/epub+zip',
  '.csv': 'text/csv; charset=utf-8',
  '.pagefind': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.bib', '.ris', '.csv']);

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
  sent: { bytes: number; paths: string[]; responses: SentResponse[] };
  close: () => Promise<void>;
}

/** One response as it went on the wire: its path, and its bytes with the status line and headers. */
export interface SentResponse {
  path: string;
  wireBytes: number;
}

/**
 * A slow connection, applied by the server to every response, the page's and
 * its workers' alike (a browser's own throttling skips workers): each
 * response waits one round trip, then all responses share the bandwidth.
 */
export interface SlowLink {
  roundTripMs: number;
  kilobitsPerSecond: number;
}

/** Sends bodies through one shared pipe of the link's bandwidth, in 10 ms ticks, round robin. */
function slowPipe(link: SlowLink) {
  const tickMs = 10;
  const bytesPerTick = Math.max(1, Math.round((link.kilobitsPerSecond * 1000) / 8 / (1000 / tickMs)));
  const queue: Array<{ body: Buffer; at: number; done: () => void; write: (chunk: Buffer) => void }> = [];
  let timer: ReturnType<typeof setInterval> | undefined;
  const tick = () => {
    let budget = bytesPerTick;
    while (budget > 0 && queue.length > 0) {
      const share = Math.max(1, Math.floor(budget / queue.length));
      for (const item of [...queue]) {
        const chunk = item.body.subarray(item.at, item.at + Math.min(share, budget));
        item.at += chunk.length;
        budget -= chunk.length;
        item.write(chunk);
        if (item.at >= item.body.length) {
          queue.splice(queue.indexOf(item), 1);
          item.done();
        }
        if (budget <= 0) break;
      }
    }
    if (queue.length === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
  return (body: Buffer, write: (chunk: Buffer) => void): Promise<void> =>
    new Promise((resolve) => {
      queue.push({ body, at: 0, done: resolve, write });
      timer ??= setInterval(tick, tickMs);
    });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function serveDist(dir: string, base = '/', port = 0, link?: SlowLink): Promise<DistServer> {
  const sent = { bytes: 0, paths: [] as string[], responses: [] as SentResponse[] };
  const pipe = link ? slowPipe(link) : undefined;
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
    const head = `HTTP/1.1 ${status} OK\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')}Content-Length: ${body.length}\r\nDate: ${new Date().toUTCString()}\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n`;
    sent.responses.push({ path: pathname, wireBytes: Buffer.byteLength(head) + body.length });
    if (!pipe || request.method === 'HEAD') {
      response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    await wait(link!.roundTripMs);
    response.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
    // The headers travel in the first packets too: they take their share of the pipe.
    await pipe(Buffer.alloc(Buffer.byteLength(head)), () => undefined);
    await pipe(body, (chunk) => response.write(chunk));
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    sent,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
