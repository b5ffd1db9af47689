/** `node tests/support/serve.ts [port]`: serves dist/ for the browser tests. */
import { join } from 'node:path';
import { normaliseBasePath } from '../../src/config/site.ts';
import { serveDist } from './static-server.ts';

const port = Number(process.argv[2] ?? process.env['PORT'] ?? 4321);
const server = await serveDist(join(import.meta.dirname, '..', '..', 'dist'), normaliseBasePath(process.env['BASE_PATH']), port);
console.log(`serving dist/ at ${server.url}`);
