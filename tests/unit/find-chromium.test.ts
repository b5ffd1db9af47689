import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/cli/find-chromium';

const only = (...present: string[]) => (path: string) => present.includes(path);

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH when the file is there', () => {
    expect(findChromium({ envPath: '/opt/c', exists: only('/opt/c', '/usr/bin/chromium') })).toEqual({
      executablePath: '/opt/c',
      source: 'CHROMIUM_PATH',
    });
  });

  it('fails with the install advice when CHROMIUM_PATH points nowhere', () => {
    expect(() => findChromium({ envPath: '/nope', exists: only() })).toThrow(
      /CHROMIUM_PATH is set to \/nope[\s\S]*apt-get install -y chromium/,
    );
  });

  it("uses Playwright's own Chromium when it was downloaded", () => {
    expect(findChromium({ playwrightPath: '/pw/chrome', exists: only('/pw/chrome', '/usr/bin/chromium') })).toEqual({
      executablePath: undefined,
      source: 'playwright',
    });
  });

  it("falls back to the system's Chromium", () => {
    expect(findChromium({ playwrightPath: '/pw/chrome', exists: only('/usr/bin/chromium') })).toEqual({
      executablePath: '/usr/bin/chromium',
      source: 'system',
    });
  });

  it('unpacks the Chromium from npm only when no other browser is there', () => {
    const unpacked: string[] = [];
    const npmChromium = () => {
      unpacked.push('/cache/chromium');
      return '/cache/chromium';
    };
    expect(findChromium({ exists: only('/usr/bin/chromium'), npmChromium }).source).toBe('system');
    expect(unpacked).toEqual([]);
    expect(findChromium({ playwrightPath: '/pw/chrome', exists: only(), npmChromium })).toEqual({
      executablePath: '/cache/chromium',
      source: 'npm',
    });
  });

  it('gives the install advice where the Chromium from npm does not run', () => {
    expect(() => findChromium({ exists: only(), npmChromium: () => undefined })).toThrow(
      /only runs on Linux x64[\s\S]*npx playwright install chromium/,
    );
  });

  it('says exactly what to install when there is no browser', () => {
    expect(() => findChromium({ exists: only() })).toThrow(
      /No Chromium browser was found[\s\S]*npx playwright install chromium[\s\S]*apt-get install -y chromium/,
    );
  });
});
