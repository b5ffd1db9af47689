/**
 * The response of a preview-image route (`/og/…png`): the image drawn in the
 * edition's language, with the fonts its text needs. Shared by the chapter
 * and report images and the section images of share pages.
 */
import { translator } from '../../editions/translate';
import type { LocaleCode } from '../../editions/locales';
import { chineseFamily, chineseFontFiles, type ChineseScript } from '../cjk-fonts';
import { latinFonts, ogPng, type OgFonts } from './og-image';

/** The fonts an image needs: the edition's Chinese ones (registry: `cjkFonts`), subset to its characters. */
async function fontsFor(scripts: readonly ChineseScript[], text: string): Promise<OgFonts> {
  if (scripts.length === 0) return latinFonts;
  // One weight: the files split each weight by Unicode range, and resvg would take a glyph
  // from whichever loaded face holds it, so mixed weights would mix within a line.
  const files = (await Promise.all(scripts.map((script) => chineseFontFiles(text, script, [400])))).flat();
  return { files, family: [latinFonts.family, ...scripts.map((script) => chineseFamily[script])].join(', '), chinese: true };
}

/**
 * A 1200×630 PNG with `title` large; the small line above it names the
 * report unless `context` (a section's chapter) is given.
 */
export async function previewResponse(code: LocaleCode, title: string, context?: string): Promise<Response> {
  const { t, locale } = translator(code);
  const data = { report: context ?? t('site.reportTitle'), title, publisher: t('site.author') };
  const fonts = await fontsFor(locale.cjkFonts, `${data.report}${data.title}${data.publisher}…`);
  return new Response(ogPng(data, fonts) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
