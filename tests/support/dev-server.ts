/**
 * Starts `astro dev` for a test, as an author runs it: on a free port of its
 * own (never a server the test did not start), without the test runner's
 * variables (VITEST, NODE_ENV=test), which put Astro's Vite into another mode.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface DevServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Everything the server has printed so far. */
  output(): string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** Resolves once the server listens and watches files; rejects, with what it printed, if it exits or takes longer than `timeoutMs`. */
export async function startDevServer(options: { astro: string; cwd?: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<DevServer> {
  const port = await freePort();
  const env = { ...Object.fromEntries(Object.entries(options.env).filter(([name]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$)/.test(name))), NO_COLOR: '1', FORCE_COLOR: '0' };
  const server = spawn(options.astro, ['dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd: options.cwd, env });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start in ${options.timeoutMs / 1000} s:\n${output}`)), options.timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`) && output.includes('watching for file changes')) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, output: () => output, stop: () => server.kill() };
}
