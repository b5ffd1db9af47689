/**
 * Chinese fonts for what the site draws or prints itself (link-preview
 * images, the PDFs), where no system font can be relied on: Noto Sans SC and
 * TC from npm (Fontsource, OFL), cut down at build time to the characters
 * actually used. Fontsource ships each weight as ~100 files by Unicode range;
 * only the files holding the text's characters are read, then subset.
 * Nothing is fetched, and the pages themselves never load a web font.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

export type ChineseScript = 'sc' | 'tc';

/** The family name in the files, for `font-family`. */
export const chineseFamily: Record<ChineseScript, string> = { sc: 'Noto Sans SC', tc: 'Noto Sans TC' };

interface RangeFile {
  file: string;
  ranges: Array<[number, number]>;
}

/** The files of one weight and the Unicode ranges each covers, from the package's CSS. */
async function rangeFiles(script: ChineseScript, weight: number): Promise<RangeFile[]> {
  const dir = dirname(require.resolve(`@fontsource/noto-sans-${script}/package.json`));
  const css = await readFile(join(dir, `${weight}.css`), 'utf8');
  return [...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[\s\S]*?unicode-range:\s*([^;]+);/g)].map((match) => ({
    file: join(dir, 'files', match[1]!),
    ranges: match[2]!.split(',').map((range) => {
      const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to!, 16)] as [number, number];
    }),
  }));
}

/** A face cut down to some text, ready to load. */
export interface SubsetFace {
  family: string;
  weight: number;
  /** The font data, in the format asked for. */
  data: Buffer;
  /** The characters it holds, for a CSS `unicode-range`. */
  characters: string[];
}

/**
 * The smallest faces that draw `text` in one script and weight: each range
 * file that holds some of its characters, subset to those characters.
 */
export async function chineseFaces(text: string, script: ChineseScript, weight: number, format: 'truetype' | 'woff2'): Promise<SubsetFace[]> {
  const characters = [...new Set([...text].filter((character) => character.codePointAt(0)! > 0x2e7f))];
  if (characters.length === 0) return [];
  const faces: SubsetFace[] = [];
  for (const { file, ranges } of await rangeFiles(script, weight)) {
    const held = characters.filter((character) => {
      const point = character.codePointAt(0)!;
      return ranges.some(([from, to]) => point >= from && point <= to);
    });
    if (held.length === 0) continue;
    const data = await subsetFont(await readFile(file), held.join(''), { targetFormat: format });
    faces.push({ family: chineseFamily[script], weight, data, characters: held });
  }
  return faces;
}

/** The faces as CSS: one family, each face limited to its characters so the browser uses them all. */
export function fontFaceCss(faces: SubsetFace[], family: string): string {
  return faces
    .map((face) => {
      const range = face.characters.map((character) => `U+${character.codePointAt(0)!.toString(16)}`).join(',');
      return `@font-face{font-family:'${family}';font-weight:${face.weight};src:url(data:font/woff2;base64,${face.data.toString('base64')}) format('woff2');unicode-range:${range};}`;
    })
    .join('\n');
}

/**
 * The same faces as files (resvg loads fonts from paths), cached by content
 * under node_modules/.cache so a rebuild does not subset again.
 */
export async function chineseFontFiles(text: string, script: ChineseScript, weights: number[]): Promise<string[]> {
  const cache = join(dirname(require.resolve('subset-font/package.json')), '..', '.cache', 'report-cjk-fonts');
  await mkdir(cache, { recursive: true });
  const files: string[] = [];
  for (const weight of weights) {
    const key = createHash('sha256').update(`${script}-${weight}-${text}`).digest('hex').slice(0, 16);
    const faces = await chineseFaces(text, script, weight, 'truetype');
    for (const [index, face] of faces.entries()) {
      const file = join(cache, `${key}-${index}.ttf`);
      await writeFile(file, face.data);
      files.push(file);
    }
  }
  return files;
}
