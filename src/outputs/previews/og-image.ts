/**
 * Link-preview images (1200×630 PNG), drawn at build time from an SVG with
 * @resvg/resvg-js. The Latin font comes from the `source-sans` npm package
 * (OFL), the Chinese one from Noto Sans SC/TC on npm, subset to the
 * characters of the image (src/outputs/cjk-fonts.ts); system fonts are never
 * used, so every machine draws the same image and nothing is fetched.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { escapeXml } from '../../text/xml';

export const ogWidth = 1200;
export const ogHeight = 630;

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('source-sans/package.json')), 'TTF');
const latinFamily = 'Source Sans 3';
const latinFiles = ['Regular', 'Semibold', 'Bold'].map((weight) => join(fontDir, `SourceSans3-${weight}.ttf`));

/** How an image draws its text: the fonts resvg loads and the family list the SVG asks for. */
export interface OgFonts {
  files: string[];
  family: string;
  /** Chinese wraps between any two characters, English between words. */
  chinese: boolean;
}

export const latinFonts: OgFonts = { files: [], family: latinFamily, chinese: false };

function renderOptions(fonts: OgFonts): ResvgRenderOptions {
  return {
    font: {
      fontFiles: [...latinFiles, ...fonts.files],
      loadSystemFonts: false,
      defaultFontFamily: latinFamily,
      sansSerifFamily: latinFamily,
    },
    logLevel: 'off',
  };
}
const padding = 80;

/** Width of a line of text in pixels, measured by resvg with the same fonts. */
function measure(text: string, size: number, weight: number, fonts: OgFonts): number {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${size * 2}">` +
    `<text x="0" y="${size * 1.5}" font-family="${fonts.family}" font-weight="${weight}" font-size="${size}">${escapeXml(text)}</text></svg>`;
  const box = new Resvg(svg, renderOptions(fonts)).getBBox();
  return box ? box.x + box.width : 0;
}

/** The pieces a line may break between: words, or in Chinese each character (punctuation stays with the one before it). */
function pieces(text: string, fonts: OgFonts): { parts: string[]; joiner: string } {
  if (!fonts.chinese) return { parts: text.trim().split(/\s+/), joiner: ' ' };
  return { parts: text.trim().match(/[A-Za-z0-9’'.-]+\s?|[^A-Za-z0-9\s][，。、；：！？”」』）》]*|\s/gu) ?? [text], joiner: '' };
}

/** Greedy wrap; undefined when the text needs more than `maxLines`. */
function wrap(text: string, size: number, weight: number, maxWidth: number, maxLines: number, fonts: OgFonts): string[] | undefined {
  const { parts, joiner } = pieces(text, fonts);
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const candidate = line ? `${line}${joiner}${part}` : part.trimStart();
    if (!line || measure(candidate, size, weight, fonts) <= maxWidth) line = candidate;
    else {
      lines.push(line.trimEnd());
      line = part.trimStart();
    }
  }
  if (line) lines.push(line.trimEnd());
  if (lines.length > maxLines || lines.some((l) => measure(l, size, weight, fonts) > maxWidth)) return undefined;
  return lines;
}

/** The largest size at which the text fits; cut with an ellipsis as a last resort. */
function fit(text: string, sizes: number[], weight: number, maxWidth: number, maxLines: number, fonts: OgFonts) {
  for (const size of sizes) {
    const lines = wrap(text, size, weight, maxWidth, maxLines, fonts);
    if (lines) return { size, lines };
  }
  const size = sizes.at(-1)!;
  const { parts, joiner } = pieces(text, fonts);
  while (parts.length > 1) {
    parts.pop();
    const lines = wrap(`${parts.join(joiner)}…`, size, weight, maxWidth, maxLines, fonts);
    if (lines) return { size, lines };
  }
  return { size, lines: [text] };
}

function tspans(lines: string[], size: number, lineHeight: number): string {
  return lines
    .map((line, i) => `<tspan x="${padding}" dy="${i === 0 ? 0 : size * lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
}

/** The preview as SVG: report title small at the top, the page title large, the publisher below. */
export function ogSvg({ report, title, publisher }: { report: string; title: string; publisher: string }, fonts: OgFonts = latinFonts): string {
  const family = fonts.family;
  const maxWidth = ogWidth - 2 * padding;
  const top = fit(report, [30, 28, 26], 600, maxWidth, 2, fonts);
  const topY = padding + top.size;
  const main = fit(title, [84, 76, 68, 60, 54], 700, maxWidth, 4, fonts);
  const bandTop = topY + (top.lines.length - 1) * top.size * 1.25 + 40;
  const bandBottom = ogHeight - padding - 60;
  const blockHeight = main.size * (1 + (main.lines.length - 1) * 1.1);
  const mainY = bandTop + Math.max(0, (bandBottom - bandTop - blockHeight) / 2) + main.size * 0.8;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${ogWidth}" height="${ogHeight}" viewBox="0 0 ${ogWidth} ${ogHeight}">
  <rect width="${ogWidth}" height="${ogHeight}" fill="#15171a"/>
  <rect width="12" height="${ogHeight}" fill="#c2622d"/>
  <text x="${padding}" y="${topY}" font-family="${family}" font-weight="600" font-size="${top.size}" fill="#b3aea4">${tspans(top.lines, top.size, 1.25)}</text>
  <text x="${padding}" y="${mainY}" font-family="${family}" font-weight="700" font-size="${main.size}" fill="#f5f3ee">${tspans(main.lines, main.size, 1.1)}</text>
  <rect x="${padding}" y="${ogHeight - padding - 44}" width="64" height="4" fill="#c2622d"/>
  <text x="${padding}" y="${ogHeight - padding}" font-family="${family}" font-size="28" fill="#d8d2c7">${escapeXml(publisher)}</text>
</svg>`;
}

export function ogPng(data: { report: string; title: string; publisher: string }, fonts: OgFonts = latinFonts): Uint8Array {
  return new Uint8Array(new Resvg(ogSvg(data, fonts), renderOptions(fonts)).render().asPng());
}
