import { defineCollection } from 'astro:content';
import { chapterSchema, pageSchema, translatedChapterSchema, translatedPageSchema } from './report/schemas/chapter';
import { glossaryEntrySchema } from './report/schemas/glossary';
import { correctionSchema } from './report/schemas/correction';
import { mdxFiles, yamlList } from './report/loaders';

const contentDir = 'content';
const generatedDir = 'generated';

/** `content/chapters/zh-hans/01-sihanoukville.mdx` → `zh-hans/01-sihanoukville`. */
function translationId({ entry }: { entry: string }): string {
  return entry.split('/').slice(-2).join('/').replace(/\.mdx$/, '');
}

export const collections = {
  // English, the source edition: the files directly in each folder.
  chapters: defineCollection({
    loader: mdxFiles({ base: `${contentDir}/chapters`, pattern: '*.mdx', written: contentDir }),
    schema: chapterSchema,
  }),
  pages: defineCollection({
    loader: mdxFiles({ base: `${contentDir}/pages`, pattern: '*.mdx', written: contentDir }),
    schema: pageSchema,
  }),
  // Translations: the same file name in a folder named for the language,
  // `content/chapters/zh-hans/01-sihanoukville.mdx`; converted editions are
  // written by the build to `generated/chapters/zh-hant/…`. Ids are
  // `<language>/<file name>` wherever the file lives.
  chapterTranslations: defineCollection({
    loader: mdxFiles({ base: '.', pattern: [`${contentDir}/chapters/*/*.mdx`, `${generatedDir}/chapters/*/*.mdx`], generateId: translationId, written: contentDir }),
    schema: translatedChapterSchema,
  }),
  pageTranslations: defineCollection({
    loader: mdxFiles({ base: '.', pattern: [`${contentDir}/pages/*/*.mdx`, `${generatedDir}/pages/*/*.mdx`], generateId: translationId, written: contentDir }),
    schema: translatedPageSchema,
  }),
  glossary: defineCollection({
    loader: yamlList(`${contentDir}/glossary.yaml`),
    schema: glossaryEntrySchema,
  }),
  corrections: defineCollection({
    loader: yamlList(`${contentDir}/corrections.yaml`),
    schema: correctionSchema,
  }),
};
