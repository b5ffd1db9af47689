/**
 * The editions the tests visit, with each one's interface strings (the same
 * files the site reads), so a test finds a control by the name a reader of
 * that edition sees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPagePaths } from './content';
import { toTraditional } from '../../src/editions/traditional';

type Strings = Record<keyof typeof import('../../src/editions/en.json'), string>;
const strings = (code: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'i18n', `${code}.json`), 'utf8')) as Strings;
const en = strings('en');
const zhHans = strings('zh-hans');

export interface Edition {
  code: 'en' | 'zh-hans' | 'zh-hant';
  /** The language of its pages, as in `<html lang>`. */
  lang: string;
  /** Path prefix of its pages: '' or 'zh/'. */
  prefix: string;
  /** Its interface strings. */
  t: Strings;
}

// The Traditional edition's strings are the Simplified ones, converted, as the site does.
const zhHant = Object.fromEntries(Object.entries(zhHans).map(([key, text]) => [key, toTraditional(text)])) as Strings;

export const editions: Edition[] = [
  { code: 'en', lang: 'en', prefix: '', t: en },
  { code: 'zh-hans', lang: 'zh-Hans', prefix: 'zh/', t: zhHans },
  { code: 'zh-hant', lang: 'zh-Hant', prefix: 'zh-hant/', t: zhHant },
];

export const english = editions[0]!;
export const chinese = editions[1]!;
export const traditional = editions[2]!;

/** Every page a reader can reach, in every edition. */
export function everyEditionPaths(): Array<{ path: string; edition: Edition }> {
  return editions.flatMap((edition) => allPagePaths().map((path) => ({ path: `${edition.prefix}${path}`, edition })));
}

/** The pages every check visits: each edition's pages, a search, a citation page, and the one 404 page. */
export function checkedPaths(): string[] {
  return [
    ...everyEditionPaths().map(({ path }) => path),
    'search/?q=snakehead',
    'zh/search/?q=%E8%9B%87%E5%A4%B4',
    'zh-hant/search/?q=%E8%9B%87%E9%A0%AD',
    'cite/trafficking-and-recruitment/snakeheads/',
    'zh/cite/trafficking-and-recruitment/snakeheads/',
    'zh-hant/cite/trafficking-and-recruitment/snakeheads/',
    'no-such-page/',
  ];
}

/** How much a reader gets, in words for English and characters for Chinese (written without spaces). */
export function amountOfText(text: string, edition: Edition): number {
  return edition.lang.startsWith('zh') ? text.replace(/\s+/g, '').length / 2 : text.split(/\s+/).length;
}
