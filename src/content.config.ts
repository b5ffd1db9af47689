import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, pageSchema } from './schemas/chapter';
import { glossaryEntrySchema } from './schemas/glossary';
import { correctionSchema } from './schemas/correction';

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
  corrections: defineCollection({
    loader: file(`${contentDir}/corrections.yaml`),
    schema: correctionSchema,
  }),
};
