/**
 * `node tests/support/serve.ts [port]`: serves dist/ for the browser tests,
 * on a free port unless one is given, and prints its address.
 */
import { join } from 'node:path';
import { normaliseBasePath } from '../../src/config/site.ts';
import { serveDist } from '../../src/serve/static-server.ts';

const port = Number(process.argv[2] ?? 0);
const server = await serveDist(join(import.meta.dirname, '..', '..', 'dist'), normaliseBasePath(process.env['BASE_PATH']), port);
console.log(`serving dist/ at ${server.url}`);
