import { installAdvice } from '../../cli/find-chromium';

/**
 * Whether a build prints the PDFs, from `REPORT_PDFS` and the browser search.
 * - `off` (also 0, false, no): skip, and say so (the unit tests' fixture builds).
 * - unset or anything else: print when a Chromium is found, else skip and say why.
 * - `required` (the deploy workflow): print, or fail the build saying why not.
 * Returns why the PDFs are skipped, or undefined when they are printed.
 */
export function whyNoPdfs(setting: string | undefined, chooseBrowser: () => unknown): string | undefined {
  if (/^(off|0|false|no)$/i.test(setting ?? '')) return 'REPORT_PDFS is set to off';
  let missing: string | undefined;
  try {
    chooseBrowser();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Only a missing browser is a reason to skip; anything else is a fault to fix.
    if (!message.endsWith(installAdvice)) throw error;
    const cause = message.startsWith('CHROMIUM_PATH') ? message.split('\n')[0]!.replace(/\.$/, '') : 'no Chromium browser was found';
    missing = `${cause}; install one (npx playwright install chromium, or apt-get install chromium, or set CHROMIUM_PATH) and build again`;
  }
  // A published site without its PDFs is a failed deploy, not a warning.
  if (missing && /^required$/i.test(setting ?? '')) throw new Error(`REPORT_PDFS=required, but the build cannot print the PDFs: ${missing}`);
  return missing;
}
