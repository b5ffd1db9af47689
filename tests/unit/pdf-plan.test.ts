import { describe, expect, it } from 'vitest';
import { whyNoPdfs } from '../../src/outputs/pdf/pdf-plan';
import { installAdvice } from '../../src/cli/find-chromium';

const found = () => ({ source: 'npm' });
const none = () => {
  throw new Error(installAdvice);
};
const wrongPath = () => {
  throw new Error(`CHROMIUM_PATH is set to /nowhere/chrome, but no file is there.\n\n${installAdvice}`);
};

describe('whether a build prints the PDFs', () => {
  it('prints them when a browser is found, unless told off', () => {
    expect(whyNoPdfs(undefined, found)).toBeUndefined();
    expect(whyNoPdfs('required', found)).toBeUndefined();
    expect(whyNoPdfs('off', found)).toBe('REPORT_PDFS is set to off');
  });

  it('skips them without a browser, saying why and how to get one', () => {
    expect(whyNoPdfs(undefined, none)).toMatch(/^no Chromium browser was found; install one \(npx playwright install chromium/);
    expect(whyNoPdfs(undefined, wrongPath)).toMatch(/^CHROMIUM_PATH is set to \/nowhere\/chrome, but no file is there; install one/);
  });

  it('fails the build without a browser when the deploy requires them', () => {
    expect(() => whyNoPdfs('required', none)).toThrow('REPORT_PDFS=required, but the build cannot print the PDFs: no Chromium browser was found');
    expect(() => whyNoPdfs('REQUIRED', wrongPath)).toThrow(/CHROMIUM_PATH is set to \/nowhere\/chrome/);
  });

  it('does not hide a fault other than a missing browser', () => {
    expect(() => whyNoPdfs(undefined, () => { throw new Error('permission denied'); })).toThrow('permission denied');
  });
});
