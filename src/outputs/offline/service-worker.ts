/**
 * The service worker, registered only when a reader asks to save an edition
 * (src/scripts/offline.ts). The build bundles this file into `<base>sw.js`
 * with the build's id, base path and manifests
 * (src/integrations/offline-copies.ts). It never fetches another origin.
 *
 * - Saving: on the page's message, it downloads every file of the edition's
 *   `offline.json` into that edition's cache for this build, reporting
 *   progress; a failed download leaves no partial copy.
 * - Reading: a same-origin GET under the base path is answered from a saved
 *   copy of this build when one has it (the query string ignored: `?q=`,
 *   `?highlight=`), else from the network; offline, a page that is not saved
 *   gets the site's 404 page from the cache.
 * - Updating: a new build's `sw.js` differs (it carries the build id), so the
 *   browser's update check installs it; it downloads the editions saved by the
 *   previous build again, from the new manifests, before it takes over, then
 *   deletes the old copies.
 */
import { cacheName, cachePrefix, parseCacheName, type OfflineManifest } from './names';

/** What the build writes into the script. */
export interface ServiceWorkerConfig {
  build: string;
  basePath: string;
  /** Each edition's manifest address (`/zh/offline.json`), by edition code. */
  manifests: Record<string, string>;
}

/** Progress the page shows while saving. */
export interface SaveProgress {
  type: 'progress';
  done: number;
  total: number;
  bytes: number;
  totalBytes: number;
}

export type SaveReply = SaveProgress | { type: 'saved' } | { type: 'failed'; message: string };

// The DOM library the project type-checks with has no service worker scope: the parts used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

/** Downloads several files at once: fewer round trips, without flooding a slow line. */
const parallel = 4;

export function startServiceWorker(config: ServiceWorkerConfig): void {
  const worker = globalThis as unknown as WorkerScope;
  const notFoundPage = `${config.basePath}404.html`;

  /** This build's caches, one per saved edition. */
  async function savedCopies(): Promise<Cache[]> {
    const names = (await caches.keys()).filter((name) => parseCacheName(name)?.build === config.build);
    return Promise.all(names.map((name) => caches.open(name)));
  }

  /** Downloads an edition's files into its cache for this build; on any failure, removes that cache and throws. */
  async function save(edition: string, report: (progress: SaveProgress) => void = () => {}): Promise<void> {
    const manifestUrl = config.manifests[edition]!;
    const name = cacheName(config.build, edition);
    try {
      // `no-cache`: the browser may keep an older build's files; ask the server.
      const response = await fetch(manifestUrl, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${manifestUrl}: ${response.status}`);
      const manifest = (await response.json()) as OfflineManifest;
      await caches.delete(name);
      const cache = await caches.open(name);
      const queue = [...manifest.files];
      const progress: SaveProgress = { type: 'progress', done: 0, total: queue.length, bytes: 0, totalBytes: manifest.bytes };
      report(progress);
      const download = async (): Promise<void> => {
        for (let file = queue.shift(); file; file = queue.shift()) {
          const answer = await fetch(file.url, { cache: 'no-cache' });
          if (!answer.ok) throw new Error(`${file.url}: ${answer.status}`);
          // A redirected response cannot answer a navigation: keep its body and headers only.
          await cache.put(file.url, answer.redirected ? new Response(await answer.blob(), { headers: answer.headers }) : answer);
          progress.done += 1;
          progress.bytes += file.bytes;
          report(progress);
        }
      };
      await Promise.all(Array.from({ length: parallel }, download));
      // Last, so a copy holding its manifest is complete.
      await cache.put(manifestUrl, new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }));
    } catch (error) {
      await caches.delete(name);
      throw error;
    }
  }

  /** The editions saved completely by an earlier build, which a new build saves again. */
  async function savedBefore(): Promise<string[]> {
    const editions = new Set<string>();
    for (const name of await caches.keys()) {
      const parsed = parseCacheName(name);
      if (!parsed || parsed.build === config.build || !(parsed.edition in config.manifests)) continue;
      const cache = await caches.open(name);
      if (await cache.match(config.manifests[parsed.edition]!)) editions.add(parsed.edition);
    }
    return [...editions];
  }

  async function answer(request: Request): Promise<Response> {
    const copies = await savedCopies();
    for (const cache of copies) {
      const saved = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
      if (saved) return saved;
    }
    try {
      return await fetch(request);
    } catch (error) {
      if (request.mode !== 'navigate' || copies.length === 0) throw error;
      const url = new URL(request.url);
      for (const cache of copies) {
        // A folder's address typed without its final slash: the saved page, at its real address.
        if (!url.pathname.endsWith('/') && (await cache.match(`${url.pathname}/`))) return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);
      }
      for (const cache of copies) {
        const page = await cache.match(notFoundPage);
        if (page) return new Response(page.body, { status: 404, headers: page.headers });
      }
      throw error;
    }
  }

  worker.addEventListener('install', (event) => {
    event.waitUntil(
      (async () => {
        for (const edition of await savedBefore()) await save(edition);
        await worker.skipWaiting();
      })(),
    );
  });

  worker.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        for (const name of await caches.keys()) {
          const parsed = parseCacheName(name);
          if (name.startsWith(cachePrefix) && parsed?.build !== config.build) await caches.delete(name);
        }
        // Pages already open use the saved copy from now on (their search, their next script).
        await worker.clients.claim();
      })(),
    );
  });

  worker.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== worker.location.origin || !url.pathname.startsWith(config.basePath)) return;
    event.respondWith(answer(request));
  });

  worker.addEventListener('message', (event) => {
    const message = event.data as { type?: unknown; edition?: unknown } | null;
    const port = event.ports[0];
    if (!port || message?.type !== 'save' || typeof message.edition !== 'string' || !(message.edition in config.manifests)) return;
    const reply = (value: SaveReply) => port.postMessage(value);
    event.waitUntil(
      save(message.edition, reply).then(
        () => reply({ type: 'saved' }),
        (error: unknown) => reply({ type: 'failed', message: String(error) }),
      ),
    );
  });
}
