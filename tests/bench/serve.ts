/**
 * A small static server for `dist/`, gzip-compressing text as a typical host
 * would, so byte counts match what readers download. Used by the benchmarks
 * (Astro allows only one `astro preview` per project, and tests may hold it).
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
  '.pagefind': 'application/wasm',
};
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml']);

export interface DistServer {
  url: string;
  /** Body bytes sent since the last reset, counted on the server so requests from workers count too. */
  sent: { bytes: number; paths: string[] };
  close: () => Promise<void>;
}

export async function serveDist(dir: string, base = '/'): Promise<DistServer> {
  const sent = { bytes: 0, paths: [] as string[] };
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const inside = pathname.startsWith(base) ? pathname.slice(base.length - 1) : null;
    let file = inside === null ? null : join(dir, normalize(inside));
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!file) throw new Error('outside base');
      const body = await readFile(file);
      const extension = extname(file);
      const headers: Record<string, string> = { 'Content-Type': types[extension] ?? 'application/octet-stream' };
      if (compressible.has(extension) && /gzip/.test(String(request.headers['accept-encoding']))) {
        headers['Content-Encoding'] = 'gzip';
        const compressed = gzipSync(body);
        sent.bytes += compressed.length;
        sent.paths.push(pathname);
        response.writeHead(200, headers).end(compressed);
      } else {
        sent.bytes += body.length;
        sent.paths.push(pathname);
        response.writeHead(200, headers).end(body);
      }
    } catch {
      const notFound = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
