import { checkUiStrings } from './strings-schema';
import { conversionOf, editionStrings, getLocale, localeCodes, localisedPath, sourceLocale, writtenCodes, type Locale, type LocaleCode, type SourceStrings } from './locales';
import { placeholderNames, splitSentence, type SentencePart } from './sentence';
import { site } from '../config/site';

/** A key of the interface strings (the source edition's strings file defines them). */
export type UiKey = keyof SourceStrings;
type PluralBase<K> = K extends `${infer Base}.other` ? Base : never;
/** A key with plural forms (`<base>.one`, `<base>.other` …). */
export type PluralKey = PluralBase<UiKey>;

/** Each written edition's strings file, `src/editions/<code>.json`. */
const files = import.meta.glob<Record<string, string>>('./*.json', { eager: true, import: 'default' });

function stringsFile(code: LocaleCode): Record<string, string> {
  const strings = files[`./${code}.json`];
  if (!strings) throw new Error(`src/editions/${code}.json: missing; the ${code} edition (src/editions/locales.ts) needs its interface strings`);
  return strings;
}

/**
 * Every edition's strings, checked against the source edition's keys when
 * the build loads them. A converted edition's strings are its source
 * edition's, converted (the Traditional edition's are the Simplified ones);
 * the report's title is that edition's heading there, so it is converted too.
 */
const source = stringsFile(sourceLocale);
const written = Object.fromEntries(writtenCodes.map((code) => [code, checkUiStrings(`src/editions/${code}.json`, stringsFile(code), source)]));
const strings = Object.fromEntries(localeCodes.map((code) => [code, editionStrings(code, (from) => written[from]!)])) as Record<LocaleCode, Record<string, string>>;

/** A value that carries every written edition's words (the map, timeline and figures): keyed by edition code. */
export type EveryLanguage = Record<string, string>;

type Values = Record<string, string | number>;

export interface Translator {
  locale: Locale;
  /** The string for `key`, with `{name}` placeholders filled in. */
  t(key: UiKey, values?: Values): string;
  /**
   * The string for `key` as the strings file has it, placeholders unfilled:
   * a whole sentence whose placeholders stand for elements the page renders.
   * Throws when there is no such key.
   */
  template(key: UiKey): string;
  /**
   * The string for `key` split into text and placeholders, the placeholders
   * named in `values` filled in as `t()` fills them (numbers, quotation marks
   * inside quotation marks); the others are left for elements (see
   * src/components/Sentence.astro). A value for a placeholder the string does not have throws.
   */
  sentence(key: UiKey, values?: Values): SentencePart[];
  /** Where this edition's strings come from, for error messages: `src/editions/en.json`. */
  source: string;
  /** The plural form of `key` for `count`, by the language's plural rules; `{count}` is filled in. */
  plural(key: PluralKey, count: number, values?: Values): string;
  /** A date as this language writes it (24 November 2026; 2026年11月24日). */
  date(date: Date): string;
  /** A number as this language writes it. */
  number(value: number): string;
  /** A site-internal path in this edition, with the base path: `path('glossary/')`. */
  path(relative?: string): string;
  /** This edition's words from a value that carries every language's (the map, timeline and figures). */
  pick(words: EveryLanguage): string;
  /** The space between a label and what follows: ' ' in English, none after Chinese full-width punctuation. */
  gap: string;
  /** The strings the page's scripts need (keys starting `client.`), handed to them in the page. */
  clientStrings(): Record<string, string>;
}

/** 1 → 一, 7 → 七, 12 → 十二: chapter numbers in Chinese prose. */
export function chineseNumeral(value: number): string {
  const digits = '〇一二三四五六七八九';
  if (value <= 0 || value >= 100 || !Number.isInteger(value)) return String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 0 ? '' : `${tens === 1 ? '' : digits[tens]}十`}${ones === 0 ? '' : digits[ones]}`;
}

export function translator(code: LocaleCode): Translator {
  const locale = getLocale(code);
  const table = strings[code];
  // A converted edition's strings come from its source edition's file; errors name the file a person edits.
  const conversion = conversionOf(code);
  const source = conversion ? `src/editions/${conversion.from}.json (converted to ${locale.englishName})` : `src/editions/${code}.json`;
  const chinese = locale.writing === 'han';
  /** The text for `{name}` at `at` in `text`: numbers and quoted titles as the language writes them. */
  const format = (text: string, name: string, at: number, value: string | number) => {
    // Chapters are numbered as Chinese writes them in prose: 第四章.
    if (typeof value === 'number') return chinese && (name === 'order' || name === 'total') ? chineseNumeral(value) : new Intl.NumberFormat(locale.intl).format(value);
    // A title quoted inside quotation marks takes the inner marks: “‘一带一路’倡议”.
    const opening = chinese ? /[“「]$/.exec(text.slice(0, at))?.[0] : undefined;
    if (opening === '“') return value.replace(/[“「]/g, '‘').replace(/[”」]/g, '’');
    if (opening === '「') return value.replace(/[“「]/g, '『').replace(/[”」]/g, '』');
    return value;
  };
  const fill = (text: string, values: Values = {}) =>
    text.replace(/\{(\w+)\}/g, (_whole, name: string, at: number) => {
      const value = values[name];
      if (value === undefined) throw new Error(`${source}: no value given for {${name}} in "${text}"`);
      return format(text, name, at, value);
    });
  const lookup = (key: string) => {
    const text = table[key];
    if (text === undefined) throw new Error(`${source}: no key "${key}"`);
    return text;
  };
  const sentence = (key: string, values: Values = {}) => {
    const text = lookup(key);
    const parts = splitSentence(text);
    const names = new Set(placeholderNames(parts));
    const unknown = Object.keys(values).filter((name) => !names.has(name));
    if (unknown.length > 0) throw new Error(`${source}, "${key}": a value is given for ${unknown.map((name) => `{${name}}`).join(', ')}, which the string does not have`);
    // Where each part starts in the string: a value's formatting looks at the text before it.
    let at = 0;
    return parts.map((part): SentencePart => {
      const start = at;
      if ('text' in part) {
        at += part.text.length;
        return part;
      }
      at += `{${part.name}}`.length;
      const value = values[part.name];
      return value === undefined ? part : { text: format(text, part.name, start, value) };
    });
  };
  const rules = new Intl.PluralRules(locale.intl);
  const dates = new Intl.DateTimeFormat(locale.intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    locale,
    t: (key, values) => fill(lookup(key), values),
    template: (key) => lookup(key),
    sentence,
    source,
    plural: (key, count, values) => {
      const form = `${key}.${rules.select(count)}`;
      return fill(table[form] ?? lookup(`${key}.other`), { count, ...values });
    },
    date: (date) => dates.format(date),
    number: (value) => new Intl.NumberFormat(locale.intl).format(value),
    gap: chinese ? '' : ' ',
    pick: (words) => pickWords(words, code),
    clientStrings: () => Object.fromEntries(Object.entries(table).filter(([key]) => key.startsWith('client.'))),
    path: (relative = '') => `${site.basePath}${localisedPath(code, relative.replace(/^\/+/, ''))}`,
  };
}

/** An edition's words from a value that carries every written edition's; a converted edition converts its source's. */
export function pickWords(words: EveryLanguage, code: LocaleCode): string {
  const conversion = conversionOf(code);
  const text = words[conversion?.from ?? code];
  if (text === undefined) throw new Error(`no ${conversion?.from ?? code} words in ${JSON.stringify(words)}`);
  return conversion ? conversion.text(text) : text;
}
