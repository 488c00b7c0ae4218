/**
 * @module The built designer served at `/`: its files with caching fit for hashed names, the
 * app's own routes answered with index.html, and /api left to the API.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono, MiddlewareHandler } from 'hono';

/** The command that builds the designer, as the 503 page and `pnpm start` name it. */
const DESIGNER_BUILD_COMMAND = 'pnpm --filter @heng/designer build';

/** Vite names every file under assets/ by its content hash: a new build means new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current assets, so the browser must ask every time (a 304 is cheap). */
const REVALIDATE = 'no-cache';
/** Other files (favicon, robots.txt) keep their names across builds. */
const SHORT = 'public, max-age=3600';

/**
 * Where the built designer is: `HENG_DESIGNER_DIR`, else packages/designer/dist beside this package.
 *
 * @example
 * designerDir({ HENG_DESIGNER_DIR: '/srv/heng/designer' }) // '/srv/heng/designer'
 */
export function designerDir(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.HENG_DESIGNER_DIR;
  if (given !== undefined && given !== '') return resolve(given);
  return fileURLToPath(new URL('../../../designer/dist/', import.meta.url));
}

const isApi = (path: string): boolean => path === '/api' || path.startsWith('/api/');

const cacheOf = (path: string): string => (path.endsWith('/') || path.endsWith('.html') ? REVALIDATE : path.startsWith('/assets/') ? IMMUTABLE : SHORT);

function notBuilt(c: Context, dir: string): Response {
  c.header('Cache-Control', 'no-store');
  return c.html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Heng: designer not built</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>The designer is not built yet</h1>
<p>The API is running, but there is no built designer in <code>${escapeHtml(dir)}</code>.</p>
<p>Build it with <code>${DESIGNER_BUILD_COMMAND}</code> and reload this page (or use <code>pnpm start</code>, which builds it first).</p>
<p lang="zh-CN">设计器尚未构建：请运行 <code>${DESIGNER_BUILD_COMMAND}</code> 后刷新本页（或使用 <code>pnpm start</code>，它会先构建设计器）。</p>
</body></html>`,
    503,
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Serves the designer built in `dir` at `/` for GET and HEAD outside /api: files as they are (or
 * their brotli or gzip copy beside them, to a browser that accepts it),
 * any other path (a route of the app, such as /apps/x/scorecards) as index.html so a reload
 * or a shared link works. A missing file under /assets/ stays a 404: an old page asking for
 * a replaced script must fail, not run HTML. Without a build, 503 says how to make one.
 * Mount it after the API routes so they answer first.
 *
 * @example
 * const app = createApp(deps, modules);
 * serveDesigner(app);
 */
export function serveDesigner(app: Hono, options: { readonly dir?: string } = {}): void {
  const dir = options.dir ?? designerDir();
  const index = join(dir, 'index.html');
  let files: MiddlewareHandler | undefined;
  app.use('*', async (c, next) => {
    const method = c.req.method;
    if (isApi(c.req.path) || (method !== 'GET' && method !== 'HEAD')) return next();
    if (!existsSync(index)) return notBuilt(c, dir);
    // The build writes .br and .gz beside each text file: a browser that takes one gets it as it is.
    files ??= serveStatic({ root: dir, precompressed: true });
    // Set before serving: serveStatic builds its response with the headers set so far.
    c.header('Cache-Control', cacheOf(c.req.path));
    const served = await files(c, async () => undefined);
    // A cache keeps the file apart from its compressed copies, which go to the browsers that take them.
    if (served instanceof Response && !served.headers.has('Vary')) served.headers.set('Vary', 'Accept-Encoding');
    if (served instanceof Response) return served;
    if (c.finalized) return c.res;
    if (c.req.path.startsWith('/assets/')) return c.text('Not found', 404, { 'Cache-Control': 'no-store' });
    c.header('Cache-Control', REVALIDATE);
    return c.html(await readFile(index, 'utf8'));
  });
}
