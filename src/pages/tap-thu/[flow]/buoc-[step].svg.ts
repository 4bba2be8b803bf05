import type { APIRoute, GetStaticPaths } from 'astro';
import type { Flow } from '../../../lib/practice/flow-schema';
import { getFlows } from '../../../lib/practice/flows';
import { stepPicture } from '../../../lib/practice/picture';
import { stepViews } from '../../../lib/practice/screen-state';
import { pictureWords } from '../../../lib/practice/words';

/** `/tap-thu/<id>/buoc-<n>.svg`: the picture of a flow's step, drawn at build time. */
export const getStaticPaths = (() =>
  getFlows().flatMap((flow) =>
    flow.steps.map((_, i) => ({ params: { flow: flow.id, step: String(i + 1) }, props: { flow, number: i + 1 } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, locals }) => {
  const { flow, number } = props as { flow: Flow; number: number };
  const view = stepViews(flow)[number - 1];
  if (!view) return new Response(null, { status: 404 });
  const { svg } = stepPicture(view, flow.app, pictureWords(locals.t));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
