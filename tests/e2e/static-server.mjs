// A plain static file server for the end-to-end tests: it behaves like any simple host (a
// province's web server, a laptop at the cultural house): files only, `index.html` for folders,
// `404.html` with status 404 for anything else. No rewrites, no redirects of its own.
// Like Netlify and Cloudflare Pages, it sends the headers the build wrote in `_headers` (paths,
// or paths ending in `*`), so every test runs under the site's own security headers.
// With GZIP=1 (the benchmark) it compresses text as most hosts do (nginx with the site's
// configuration, GitHub Pages, Netlify), so that timings see what a phone would download.
// Usage: node tests/e2e/static-server.mjs <folder> <port> [base path]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const [root = 'dist', port = '4322', base = '/'] = process.argv.slice(2);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** `_headers` as rules: a path (or prefix ending in `*`) and its headers. */
const rules = [];
const headersFile = join(root, '_headers');
if (existsSync(headersFile)) {
  for (const line of readFileSync(headersFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const [name, ...value] = line.trim().split(':');
      const rule = rules.at(-1);
      if (rule && name) rule.headers[name.trim()] = value.join(':').trim();
    }
  }
}
const headersFor = (path) =>
  Object.assign(
    {},
    ...rules.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path)).map((r) => r.headers),
  );

const gzip = process.env.GZIP === '1';
const TEXT = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

let requestPath = '/';
let acceptsGzip = false;
function send(res, status, file) {
  const type = types[extname(file)] ?? 'application/octet-stream';
  const headers = { ...headersFor(requestPath), 'content-type': type };
  if (gzip && acceptsGzip && TEXT.test(type)) {
    const body = gzipSync(readFileSync(file));
    res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    return res.end(body);
  }
  res.writeHead(status, headers);
  createReadStream(file).pipe(res);
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  requestPath = url.pathname;
  acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const notFound = join(root, '404.html');
  if (!path.startsWith(base)) return existsSync(notFound) ? send(res, 404, notFound) : res.writeHead(404).end();
  path = `/${path.slice(base.length)}`;
  let file = normalize(join(root, path));
  if (!file.startsWith(normalize(root))) return res.writeHead(400).end();
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    file = join(file, 'index.html');
  }
  if (existsSync(file) && statSync(file).isFile()) return send(res, 200, file);
  if (existsSync(notFound)) return send(res, 404, notFound);
  res.writeHead(404).end();
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
