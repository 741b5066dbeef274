/**
 * The book's chapters. Each page's front matter is checked at build time: a chapter without a
 * title, or one that does not say which sections of the source chapter it follows, fails the build.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        /** Headings of the source chapter (Pyrcz, 2024) this page follows, in its order. */
        sourceSections: z.array(z.string().min(1)).min(1),
      }),
    }),
  }),
};
