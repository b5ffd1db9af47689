/**
 * The editions of the report: the one record of everything that differs by
 * language. English is the original edition at the site's root; each
 * translation lives under its own path prefix. No other code names a
 * particular edition: pages, components, endpoints, search, citations, the
 * PDF and the tests read what they need from here. Adding a language means
 * an entry here, its strings file next to this one (`<code>.json`) and its
 * translated content in `content/<folder>/<code>/` (see the README).
 */
import { toTraditional, toTraditionalSource } from './traditional.ts';

/** How an edition converts another edition's text into its own (the Traditional edition is the Simplified one, converted). */
export interface Conversion {
  /** The edition converted from. */
  from: string;
  /** Converts interface strings and data values. */
  text: (text: string) => string;
  /** Converts an MDX file, leaving its markup alone. */
  source: (source: string) => string;
  /** What converts it, for the note written into each generated file. */
  by: string;
  /**
   * The one text of a converted edition written by hand, in its own script:
   * a short, true sentence saying the page was converted by software, and
   * that the English edition prevails. It claims no human review. `{source}`
   * and `{english}` become links to the same place in those editions.
   */
  notice: { sentence: string; source: string; english: string };
}

export interface EditionRecord {
  /** The language tag of the pages (`<html lang>`, `hreflang`). */
  lang: string;
  /** The direction of the script (`<html dir>`). */
  dir: 'ltr' | 'rtl';
  /** Path prefix of the edition's pages; '' for the root edition. */
  prefix: string;
  /** The edition's name, written in its own language, for the language switcher. */
  name: string;
  /** The edition's name in English, for messages to authors. */
  englishName: string;
  /** Locale for dates, numbers, plurals and sorting. */
  intl: string;
  /** `og:locale` for link previews. */
  ogLocale: string;
  /**
   * How the language is written: `spaced` words, or `han` characters with no
   * spaces and full-width punctuation (no gap after a label, chapter numbers
   * in Chinese numerals, nested quotation marks, excerpts cut by characters,
   * and Pagefind segments the words itself).
   */
  writing: 'spaced' | 'han';
  /** The citation formats the cite pages offer, in this edition's order (its national standard first). */
  citationStyles: ReadonlyArray<'apa' | 'chicago' | 'bibtex' | 'gbt7714'>;
  /**
   * Chinese fonts from npm that preview images and the PDF need (the site
   * itself loads none): the edition's script first, then any script it quotes.
   */
  cjkFonts: ReadonlyArray<'sc' | 'tc'>;
  /** Length limits of the written fields, in this language's characters. */
  limits: { description: readonly [number, number]; finding: number };
  /** Set when the edition is converted from another, never written by hand. */
  conversion?: Conversion;
}

export const locales = {
  en: {
    lang: 'en',
    dir: 'ltr',
    prefix: '',
    name: 'English',
    englishName: 'English',
    intl: 'en-GB',
    ogLocale: 'en_GB',
    writing: 'spaced',
    citationStyles: ['apa', 'chicago', 'bibtex', 'gbt7714'],
    cjkFonts: [],
    limits: { description: [40, 220], finding: 260 },
  },
  'zh-hans': {
    lang: 'zh-Hans',
    dir: 'ltr',
    prefix: 'zh/',
    name: '简体中文',
    englishName: 'Simplified Chinese',
    intl: 'zh-Hans-CN',
    ogLocale: 'zh_CN',
    writing: 'han',
    citationStyles: ['gbt7714', 'apa', 'chicago', 'bibtex'],
    cjkFonts: ['sc'],
    limits: { description: [20, 110], finding: 250 },
  },
  'zh-hant': {
    lang: 'zh-Hant',
    dir: 'ltr',
    prefix: 'zh-hant/',
    name: '繁體中文',
    englishName: 'Traditional Chinese',
    intl: 'zh-Hant-TW',
    ogLocale: 'zh_TW',
    writing: 'han',
    citationStyles: ['gbt7714', 'apa', 'chicago', 'bibtex'],
    // It quotes the article's Simplified words: both scripts.
    cjkFonts: ['tc', 'sc'],
    limits: { description: [20, 110], finding: 250 },
    conversion: {
      from: 'zh-hans',
      text: toTraditional,
      source: toTraditionalSource,
      by: 'src/editions/traditional.ts (OpenCC, Taiwan standard)',
      notice: {
        sentence: '本頁由{source}經軟體自動轉換為繁體中文，內容如與{english}有出入，以英文版為準。',
        source: '簡體中文版',
        english: '英文版',
      },
    },
  },
} as const satisfies Record<string, EditionRecord>;

export type LocaleCode = keyof typeof locales;
/** The interface strings of the source edition, whose keys every edition's strings file has. */
export type SourceStrings = typeof import('./en.json');
/** An edition whose text is written (English and the translations), not converted. */
export type WrittenCode = { [K in LocaleCode]: (typeof locales)[K] extends { conversion: unknown } ? never : K }[LocaleCode];
export type Locale = EditionRecord & { code: LocaleCode };

/** The edition every other edition translates, and the one served at the root. */
export const sourceLocale = 'en' satisfies WrittenCode;

export const localeCodes = Object.keys(locales) as LocaleCode[];

export function getLocale(code: LocaleCode): Locale {
  return { ...(locales[code] as EditionRecord), code };
}

/** The conversion of an edition made from another, if it is one. */
export function conversionOf(code: LocaleCode): (Conversion & { from: LocaleCode }) | undefined {
  const conversion = (locales[code] as EditionRecord).conversion;
  return conversion as (Conversion & { from: LocaleCode }) | undefined;
}

/**
 * An edition's interface strings, given how to read a written edition's
 * (`src/editions/<code>.json`): its own, or, for a converted edition, its
 * source edition's, converted. The site reads the files through Vite, build
 * steps and tests from the disk.
 */
export function editionStrings(code: LocaleCode, writtenStrings: (code: LocaleCode) => Record<string, string>): Record<string, string> {
  const conversion = conversionOf(code);
  if (!conversion) return writtenStrings(code);
  return Object.fromEntries(Object.entries(editionStrings(conversion.from, writtenStrings)).map(([key, text]) => [key, conversion.text(text)]));
}

/** The editions whose text is written (English and the translations), not converted. */
export const writtenCodes = localeCodes.filter((code): code is WrittenCode => !conversionOf(code));

/** The editions other than English, which are translations of it. */
export const translationCodes = localeCodes.filter((code) => code !== sourceLocale);

/**
 * The edition a site-relative path belongs to: `zh/chapters/x/` is the
 * Simplified edition, `chapters/x/` English.
 */
export function localeOfPath(relativePath: string): LocaleCode {
  const clean = relativePath.replace(/^\/+/, '');
  const match = translationCodes.find((code) => {
    const prefix = locales[code].prefix;
    return clean === prefix.replace(/\/$/, '') || clean.startsWith(prefix);
  });
  return match ?? sourceLocale;
}

/** A site-relative path without its edition prefix: `zh/chapters/x/` → `chapters/x/`. */
export function unprefixedPath(relativePath: string): string {
  const clean = relativePath.replace(/^\/+/, '');
  const prefix = locales[localeOfPath(clean)].prefix;
  return prefix && clean.startsWith(prefix) ? clean.slice(prefix.length) : prefix && clean === prefix.replace(/\/$/, '') ? '' : clean;
}

/** The same page in another edition: `chapters/x/` → `zh/chapters/x/`. */
export function localisedPath(code: LocaleCode, relativePath: string): string {
  return `${locales[code].prefix}${unprefixedPath(relativePath)}`;
}

/** Route parameter for `src/pages/[...lang]/`: undefined for the root edition. */
export function langParam(code: LocaleCode): string | undefined {
  const prefix = locales[code].prefix.replace(/\/$/, '');
  return prefix === '' ? undefined : prefix;
}

/**
 * A `getStaticPaths` entry of a route under `src/pages/[...lang]/` for one
 * edition: its `lang` parameter, and the edition record as the `edition`
 * prop, which the middleware hands to every component (`Astro.locals.i18n`)
 * and endpoints read from `props`. Other parameters and props are added.
 */
export function editionPath<Params extends Record<string, string>, Props extends object>(
  code: LocaleCode,
  params: Params = {} as Params,
  props: Props = {} as Props,
) {
  return { params: { lang: langParam(code), ...params }, props: { edition: getLocale(code), ...props } };
}

/** `getStaticPaths` entries for a page that exists once per edition. */
export function everyEdition() {
  return localeCodes.map((code) => editionPath(code));
}

/**
 * The edition a route is rendered for: the `edition` prop its
 * `getStaticPaths` gave it. Routes outside `[...lang]` (404, feeds, robots)
 * belong to no edition and are the source edition's; a `[...lang]` route
 * without the prop is a mistake in its `getStaticPaths`, named here.
 */
export function editionOfRoute(route: string, props: Record<string, unknown>): Locale {
  const edition = props['edition'] as Locale | undefined;
  if (edition && localeCodes.includes(edition.code)) return edition;
  if (route.includes('[...lang]')) {
    throw new Error(`${route}: getStaticPaths gives this route no "edition" prop; build its paths with editionPath() or everyEdition() from src/editions/locales.ts`);
  }
  return getLocale(sourceLocale);
}
