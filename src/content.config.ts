import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { getCourses } from './lib/content/courses';
import { contentErrorMap } from './lib/content/format-issues';
import { lessonLoader } from './lib/content/lesson-loader';
import { UiStringsSchema } from './lib/i18n/ui-strings-schema';

// Content errors speak to authors in plain Vietnamese (with the English in brackets).
z.config({ customError: contentErrorMap });

export const collections = {
  docs: defineCollection({
    // Every file in content/<course>/ is a lesson, checked against the lesson schema by the
    // loader. The collection schema itself stays open because Starlight also uses it for
    // <StarlightPage> pages (home, course pages), which are not lessons.
    loader: lessonLoader(getCourses()),
    schema: docsSchema({ extend: z.object({}).catchall(z.unknown()) }),
  }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({ extend: UiStringsSchema }),
  }),
};
