/**
 * The lesson file a component is rendering, for a build error that names it. Handouts and slides
 * render lessons outside Starlight's routes, where asking for the route throws: there the page's
 * path names the lesson well enough.
 */
export function renderingFile(locals: App.Locals, url: URL): string {
  try {
    return locals.starlightRoute?.entry.filePath ?? url.pathname;
  } catch {
    return url.pathname;
  }
}
