import { describe, expect, it } from 'vitest';
import { fillPdfSize, pdfSizeMarker } from '../../src/outputs/pdf/pdf-file';

describe('the PDF size written into the pages', () => {
  it('replaces every marker with the size, in the edition\'s way of writing numbers', () => {
    const page = `<a href="/report.pdf"><span data-pdf-size>${pdfSizeMarker}</span></a><a><span data-pdf-size>${pdfSizeMarker}</span></a>`;
    expect(fillPdfSize(page, 1_497_413, 'en-GB')).toBe('<a href="/report.pdf"><span data-pdf-size>1.4 MB</span></a><a><span data-pdf-size>1.4 MB</span></a>');
    expect(fillPdfSize(page, 612_000, 'zh-Hans-CN')).toContain('598 KB');
  });
});
