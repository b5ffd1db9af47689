/**
 * The editions the tests visit, read from the site's registry
 * (src/editions/locales.ts), each with its interface strings (the same files the
 * site reads, a converted edition's converted as the site converts them), so
 * a test finds a control by the name a reader of that edition sees.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPagePaths } from './content';
import { conversionOf, editionStrings, getLocale, localeCodes, sourceLocale, type LocaleCode } from '../../src/editions/locales';

type Strings = Record<keyof typeof import('../../src/editions/en.json'), string>;

/** An edition's strings: its own file, or, for a converted edition, its source's, converted. */
function stringsOf(code: LocaleCode): Strings {
  return editionStrings(code, (written) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'editions', `${written}.json`), 'utf8')) as Record<string, string>) as Strings;
}

export interface Edition {
  code: LocaleCode;
  /** The language of its pages, as in `<html lang>`. */
  lang: string;
  /** Path prefix of its pages: '' or 'zh/'. */
  prefix: string;
  /** How its language is written: spaced words, or Han characters without spaces. */
  writing: 'spaced' | 'han';
  /** Its name in its own language, as the language switcher shows it. */
  name: string;
  /** Its interface strings. */
  t: Strings;
}

export const editions: Edition[] = localeCodes.map((code) => {
  const { lang, prefix, writing, name } = getLocale(code);
  return { code, lang, prefix, writing, name, t: stringsOf(code) };
});

function edition(find: (edition: Edition) => boolean, what: string): Edition {
  const found = editions.find(find);
  if (!found) throw new Error(`src/editions/locales.ts has no ${what}`);
  return found;
}

/** The source edition, at the root. */
export const english = edition(({ code }) => code === sourceLocale, 'source edition');
/** The Chinese edition written by hand (Simplified). */
export const chinese = edition(({ code, writing }) => writing === 'han' && !conversionOf(code), 'written Chinese edition');
/** The Chinese edition converted from it (Traditional). */
export const traditional = edition(({ code }) => conversionOf(code)?.from === chinese.code, `edition converted from ${chinese.code}`);

/** Every page a reader can reach, in every edition. */
export function everyEditionPaths(): Array<{ path: string; edition: Edition }> {
  return editions.flatMap((edition) => allPagePaths().map((path) => ({ path: `${edition.prefix}${path}`, edition })));
}

/** A search for the word snakehead, as a reader of each edition types it. */
const snakehead = new Map<Edition, string>([
  [english, 'snakehead'],
  [chinese, '蛇头'],
  [traditional, '蛇頭'],
]);

/** The pages every check visits: each edition's pages, a search, a citation page, and the one 404 page. */
export function checkedPaths(): string[] {
  return [
    ...everyEditionPaths().map(({ path }) => path),
    ...editions.filter((edition) => snakehead.has(edition)).map((edition) => `${edition.prefix}search/?q=${encodeURIComponent(snakehead.get(edition)!)}`),
    ...editions.map((edition) => `${edition.prefix}cite/trafficking-and-recruitment/snakeheads/`),
    'no-such-page/',
  ];
}

/** How much a reader gets, in words for a spaced language and characters for one written without spaces. */
export function amountOfText(text: string, edition: Edition): number {
  return edition.writing === 'han' ? text.replace(/\s+/g, '').length / 2 : text.split(/\s+/).length;
}
