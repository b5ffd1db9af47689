import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, pageSchema, translatedChapterSchema, translatedPageSchema } from './report/schemas/chapter';
import { glossaryEntrySchema } from './report/schemas/glossary';
import { correctionSchema } from './report/schemas/correction';

const contentDir = 'content';
const generatedDir = 'generated';

/** `content/chapters/zh-hans/01-sihanoukville.mdx` → `zh-hans/01-sihanoukville`. */
function translationId({ entry }: { entry: string }): string {
  return entry.split('/').slice(-2).join('/').replace(/\.mdx$/, '');
}

export const collections = {
  // English, the source edition: the files directly in each folder.
  chapters: defineCollection({
    loader: glob({ base: `${contentDir}/chapters`, pattern: '*.mdx' }),
    schema: chapterSchema,
  }),
  pages: defineCollection({
    loader: glob({ base: `${contentDir}/pages`, pattern: '*.mdx' }),
    schema: pageSchema,
  }),
  // Translations: the same file name in a folder named for the language,
  // `content/chapters/zh-hans/01-sihanoukville.mdx`; converted editions are
  // written by the build to `generated/chapters/zh-hant/…`. Ids are
  // `<language>/<file name>` wherever the file lives.
  chapterTranslations: defineCollection({
    loader: glob({ base: '.', pattern: [`${contentDir}/chapters/*/*.mdx`, `${generatedDir}/chapters/*/*.mdx`], generateId: translationId }),
    schema: translatedChapterSchema,
  }),
  pageTranslations: defineCollection({
    loader: glob({ base: '.', pattern: [`${contentDir}/pages/*/*.mdx`, `${generatedDir}/pages/*/*.mdx`], generateId: translationId }),
    schema: translatedPageSchema,
  }),
  glossary: defineCollection({
    loader: file(`${contentDir}/glossary.yaml`),
    schema: glossaryEntrySchema,
  }),
  corrections: defineCollection({
    loader: file(`${contentDir}/corrections.yaml`),
    schema: correctionSchema,
  }),
};
