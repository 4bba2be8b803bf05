import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { getCourses } from './lib/content/courses';
import { contentErrorMap } from './lib/content/format-issues';
import { lessonLoader } from './lib/content/lesson-loader';
import { lessonFieldTypes } from './lib/content/lesson-schema';
import { UiStringsSchema } from './lib/i18n/ui-strings-schema';

// Content errors speak to authors in plain Vietnamese (with the English in brackets).
z.config({ customError: contentErrorMap });

export const collections = {
  docs: defineCollection({
    // Every file in content/<course>/ is a lesson, checked in full by the loader (whose messages
    // name the file and the field for an author). The collection's schema only gives the lesson's
    // fields their types, optional because Starlight's <StarlightPage> pages (home, course pages)
    // share it: a misspelled field is a type error, and nothing is checked twice.
    loader: lessonLoader(getCourses()),
    schema: docsSchema({ extend: lessonFieldTypes() }),
  }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({ extend: UiStringsSchema }),
  }),
};
