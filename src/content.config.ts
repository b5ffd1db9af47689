import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema, pageSchema } from './schemas/chapter';

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
};
