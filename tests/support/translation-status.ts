/**
 * Which notices a translated page should show, read from the content files
 * (not from the built site): whether the English text is newer by date, which
 * sections the translation lacks or no longer matches by paragraph count
 * (shown in English), and which sections' English text changed since the
 * translation recorded its fingerprint (frontmatter `sources`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { conversionOf, type LocaleCode } from '../../src/editions/locales';
import { fingerprint, mdxChildren, normalisedText, paragraphCount, sourcesKey, textSections } from '../../src/report/section-fingerprints';

const contentDir = join(import.meta.dirname, '..', '..', 'content');

export interface ExpectedStatus {
  /** The English `updated` date is later than the one the translation `translates`. */
  behind: boolean;
  /** Ids of the sections shown in English ('' for the opening). */
  inEnglish: string[];
  /** Ids of the sections whose English text changed since they were translated. */
  changed: string[];
}

function read(path: string): { data: Record<string, unknown>; source: string } {
  const source = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error(`${path}: no frontmatter block`);
  return { data: parse(match[1]!) as Record<string, unknown>, source };
}

/** The notices of an edition's page of `content/<folder>/<name>`; a converted edition's are those of the text it is converted from. */
export function expectedStatus(code: LocaleCode, folder: 'chapters' | 'pages', name: string): ExpectedStatus {
  const english = read(join(contentDir, folder, name));
  const translation = read(join(contentDir, folder, conversionOf(code)?.from ?? code, name));
  const recorded = (translation.data['sources'] ?? {}) as Record<string, string>;
  const own = new Map(textSections(mdxChildren(translation.source)).map((section) => [section.id, section]));
  const status: ExpectedStatus = {
    behind: new Date(translation.data['translates'] as string) < new Date(english.data['updated'] as string),
    inEnglish: [],
    changed: [],
  };
  for (const section of textSections(mdxChildren(english.source))) {
    const translated = own.get(section.id);
    if (!translated || paragraphCount(translated) !== paragraphCount(section)) status.inEnglish.push(section.id);
    else {
      const was = recorded[sourcesKey(section.id)];
      if (was !== undefined && was !== fingerprint(normalisedText(section))) status.changed.push(section.id);
    }
  }
  return status;
}
