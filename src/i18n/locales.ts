/**
 * The editions of the report. English is the original edition at the site's
 * root; each translation lives under its own path prefix. Adding a language
 * means adding it here, adding its strings file next to this one and its
 * translated content under `content/<code>/` folders (see the README).
 */
export const locales = {
  en: {
    /** The language tag of the pages (`<html lang>`, `hreflang`). */
    lang: 'en',
    /** Path prefix of the edition's pages; '' for the root edition. */
    prefix: '',
    /** The edition's name, written in its own language, for the language switcher. */
    name: 'English',
    /** Locale for dates and numbers. */
    intl: 'en-GB',
    /** `og:locale` for link previews. */
    ogLocale: 'en_GB',
  },
  'zh-hans': {
    lang: 'zh-Hans',
    prefix: 'zh/',
    name: '简体中文',
    intl: 'zh-Hans-CN',
    ogLocale: 'zh_CN',
  },
  /** Converted from the Simplified edition at build time (src/i18n/traditional.ts), never written by hand. */
  'zh-hant': {
    lang: 'zh-Hant',
    prefix: 'zh-hant/',
    name: '繁體中文',
    intl: 'zh-Hant-TW',
    ogLocale: 'zh_TW',
  },
} as const;

/** An edition generated from another: the Traditional text is the Simplified text, converted. */
export const convertedFrom: Partial<Record<LocaleCode, LocaleCode>> = { 'zh-hant': 'zh-hans' };

export type LocaleCode = keyof typeof locales;
export type Locale = (typeof locales)[LocaleCode] & { code: LocaleCode };

/** The edition every other edition translates, and the one served at the root. */
export const sourceLocale: LocaleCode = 'en';

export const localeCodes = Object.keys(locales) as LocaleCode[];

export function getLocale(code: LocaleCode): Locale {
  return { ...locales[code], code };
}

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

/** The edition of a `[...lang]` route parameter. */
export function localeOfParam(param: string | undefined): LocaleCode {
  return localeOfPath(param ? `${param}/` : '');
}

/** `getStaticPaths` entries for a page that exists once per edition. */
export function everyEdition(): Array<{ params: { lang: string | undefined } }> {
  return localeCodes.map((code) => ({ params: { lang: langParam(code) } }));
}
