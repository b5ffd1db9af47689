import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const vnu = require.resolve('vnu-jar/build/dist/vnu.jar');

describe('valid HTML (W3C Nu HTML Checker)', () => {
  it('every built page has zero errors', () => {
    const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', 'dist/'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error) {
      throw new Error(`The HTML checker needs Java: install it (for example apt-get install -y default-jre-headless). ${result.error.message}`);
    }
    const report = JSON.parse(result.stderr || '{"messages":[]}') as { messages: Array<{ url: string; message: string; type: string }> };
    const errors = report.messages
      .filter((message) => message.type === 'error')
      .map((message) => `${message.url.replace(/^.*dist\//, '')}: ${message.message}`);
    expect(errors).toEqual([]);
  });
});
