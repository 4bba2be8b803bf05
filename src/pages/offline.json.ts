import type { APIRoute } from 'astro';
import { getCatalogue } from '../lib/content/collection';
import { getFlows } from '../lib/practice/flows';

/**
 * The outline of every course (its lessons' ids and codes) and the build's id. After the build,
 * src/integrations/offline.ts replaces this file with the full list of each course's files and
 * sizes (lib/offline/offline-data.ts), from the same route table the pages use.
 */
export const GET: APIRoute = async () => {
  const catalogue = await getCatalogue();
  const outline = {
    build: import.meta.env.KNS_BUILD,
    courses: catalogue.map(({ course, lessons }) => ({
      id: course.id,
      title: course.title,
      lessons: lessons.map((lesson) => ({ id: lesson.id, code: lesson.data.code })),
      flows: getFlows()
        .filter((flow) => flow.course === course.id)
        .map((flow) => ({ id: flow.id, steps: flow.steps.length })),
    })),
  };
  return new Response(JSON.stringify(outline), { headers: { 'Content-Type': 'application/json' } });
};
