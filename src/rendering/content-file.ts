import { join, relative, sep } from 'node:path';
import { chapterSlug } from '../report/chapters';
import { conversionOf, localeCodes, sourceLocale, type LocaleCode } from '../editions/locales';

/** What a content file is: which edition, which chapter or page, and its English original. */
export interface ContentFile {
  kind: 'chapter' | 'page';
  code: LocaleCode;
  /** The URL segment: `sihanoukville` for `content/chapters/01-sihanoukville.mdx`, `about` for a page. */
  slug: string;
  /**
   * The file an author edits, relative to the project, for messages:
   * `content/chapters/zh-hans/01-sihanoukville.mdx`; for a converted edition,
   * the file it is converted from.
   */
  file: string;
  /** The English file it translates (itself, for English), absolute. */
  englishFile: string;
}

const folders = { chapters: 'chapter', pages: 'page' } as const;

/**
 * Reads a content file's place: `content/<folder>/<name>.mdx` is English,
 * `content/<folder>/<edition>/<name>.mdx` a translation, and
 * `generated/<folder>/<edition>/<name>.mdx` a converted edition. Anything
 * else (a fixture, a stray file) is not part of the report: undefined.
 */
export function contentFileOf(absolute: string, options: { root: string; content: string; generated: string }): ContentFile | undefined {
  const file = relative(options.root, absolute).split(sep).join('/');
  const parts = file.split('/');
  const [top, folder] = parts;
  if (!folder || !(folder in folders) || !(top === options.content || top === options.generated)) return undefined;
  const kind = folders[folder as keyof typeof folders];
  const name = parts.at(-1)!;
  if (!name.endsWith('.mdx')) return undefined;
  const slug = kind === 'chapter' ? chapterSlug(name) : name.replace(/\.mdx$/, '');
  const englishFile = join(options.root, options.content, folder, name);
  if (parts.length === 3 && top === options.content) return { kind, code: sourceLocale, slug, file, englishFile };
  const code = parts[2] as LocaleCode;
  if (parts.length !== 4 || !localeCodes.includes(code) || code === sourceLocale) return undefined;
  const from = top === options.generated ? conversionOf(code)?.from : undefined;
  return { kind, code, slug, file: from ? `${options.content}/${folder}/${from}/${name}` : file, englishFile };
}
