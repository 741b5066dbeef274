/**
 * The book's chapters. Each page's front matter is checked at build time: a chapter without a
 * title, or one that does not say which sections of the source chapter it follows, fails the build,
 * and so does a store declaration that is malformed (the build checks its kind and values too).
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
        /**
         * The page's stores, by name: a widget or a \live number that names a store shares it.
         * `kind` picks the store kind, `settable` the settings (or groups of them) readers and
         * links may change, `values` starting values in place of the kind's defaults.
         */
        stores: z
          .record(
            z.string().regex(/^[a-z][a-zA-Z0-9]{0,23}$/),
            z.strictObject({
              kind: z.string(),
              settable: z.array(z.string()).optional(),
              values: z
                .record(
                  z.string(),
                  z.union([z.number(), z.string(), z.boolean(), z.array(z.number())]),
                )
                .optional(),
            }),
          )
          .optional(),
      }),
    }),
  }),
};
