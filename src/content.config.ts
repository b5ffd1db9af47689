import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, pageSchema } from './schemas/chapter';
import { glossaryEntrySchema } from './schemas/glossary';

const contentDir = './content';

export const collections = {
  chapters: defineCollection({
    loader: glob({ base: `${contentDir}/chapters`, pattern: '**/*.mdx' }),
    schema: chapterSchema,
  }),
  pages: defineCollection({
    loader: glob({ base: `${contentDir}/pages`, pattern: '**/*.mdx' }),
    schema: pageSchema,
  }),
  glossary: defineCollection({
    loader: file(`${contentDir}/glossary.yaml`),
    schema: glossaryEntrySchema,
  }),
};
