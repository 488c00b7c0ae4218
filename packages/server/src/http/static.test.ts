import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate, authRoutes } from '../auth/index.js';
import { createTestApp } from '../test-support/test-app.js';
import type { TestApp } from '../test-support/test-app.js';
import { designerDir, serveDesigner } from './static.js';

const INDEX = '<!doctype html><div id="root"></div><script src="/assets/index-abc123.js"></script>';
/** A script the build also wrote compressed beside it. */
const VENDOR = `export const words = ${JSON.stringify('衡'.repeat(4000))};`;
let dist: string;
let t: TestApp;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'heng-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'vendor-def456.js'), VENDOR);
  writeFileSync(join(dist, 'assets', 'vendor-def456.js.br'), brotliCompressSync(VENDOR));
  writeFileSync(join(dist, 'assets', 'vendor-def456.js.gz'), gzipSync(VENDOR));
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  t = await createTestApp({ modules: [authRoutes()], deps: { apiMiddleware: [authenticate()] } });
  serveDesigner(t.app, { dir: dist });
});

afterAll(async () => {
  await t?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('serving the designer', () => {
  it('serves index.html at / without letting it be cached stale', async () => {
    const res = await t.app.request('/');
    expect([res.status, res.headers.get('cache-control'), await res.text()]).toEqual([200, 'no-cache', INDEX]);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it('serves hashed assets as immutable and other files briefly cached', async () => {
    const js = await t.app.request('/assets/index-abc123.js');
    expect([js.status, js.headers.get('cache-control'), await js.text()]).toEqual([200, 'public, max-age=31536000, immutable', 'console.log(1)']);
    expect(js.headers.get('content-type')).toContain('javascript');
    const icon = await t.app.request('/favicon.svg');
    expect([icon.status, icon.headers.get('cache-control')]).toEqual([200, 'public, max-age=3600']);
  });

  it('sends the compressed copy the build wrote to a browser that takes it, brotli first, and the file itself to one that does not', async () => {
    const br = await t.app.request('/assets/vendor-def456.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect([br.status, br.headers.get('content-encoding'), br.headers.get('vary'), br.headers.get('cache-control')]).toEqual([200, 'br', 'Accept-Encoding', 'public, max-age=31536000, immutable']);
    expect(br.headers.get('content-type')).toContain('javascript');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(VENDOR);
    const gz = await t.app.request('/assets/vendor-def456.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect([gz.headers.get('content-encoding'), Number(gz.headers.get('content-length'))]).toEqual(['gzip', gzipSync(VENDOR).length]);
    const plain = await t.app.request('/assets/vendor-def456.js');
    expect([plain.headers.get('content-encoding'), plain.headers.get('vary'), await plain.text()]).toEqual([null, 'Accept-Encoding', VENDOR]);
  });

  it('answers the app routes with index.html (history fallback), HEAD included', async () => {
    for (const path of ['/login', '/setup', '/apps/examples/scorecards/credit_score']) {
      const res = await t.app.request(path);
      expect([path, res.status, res.headers.get('cache-control'), await res.text()]).toEqual([path, 200, 'no-cache', INDEX]);
    }
    expect((await t.app.request('/login', { method: 'HEAD' })).status).toBe(200);
  });

  it('lets a missing asset be a 404, not HTML', async () => {
    const res = await t.app.request('/assets/index-old999.js');
    expect([res.status, await res.text()]).toEqual([404, 'Not found']);
  });

  it('does not reach outside its folder', async () => {
    const res = await t.app.request('/assets/..%2f..%2fetc/passwd');
    expect(await res.text()).not.toContain('root:');
  });

  it('leaves /api alone: problems stay problems', async () => {
    const me = await t.app.request('/api/me');
    expect([me.status, me.headers.get('content-type')]).toEqual([401, 'application/problem+json']);
    const missing = await t.app.request('/api/no-such-thing');
    expect([missing.status, missing.headers.get('content-type')]).toEqual([401, 'application/problem+json']);
    const health = await t.app.request('/api/health');
    expect(health.status).toBe(200);
  });

  it('does not answer writes outside /api with the page', async () => {
    const res = await t.app.request('/login', { method: 'POST' });
    expect([res.status, res.headers.get('content-type')]).toEqual([404, 'application/problem+json']);
  });
});

describe('without a build', () => {
  it('answers / with a 503 page that says how to build the designer', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'heng-nodist-'));
    const app = await createTestApp();
    try {
      serveDesigner(app.app, { dir: join(empty, 'dist') });
      const res = await app.app.request('/');
      const page = await res.text();
      expect([res.status, res.headers.get('cache-control')]).toEqual([503, 'no-store']);
      expect(page).toContain('pnpm --filter @heng/designer build');
      expect(page).toContain(join(empty, 'dist'));
      expect((await app.app.request('/api/health')).status).toBe(200);
      const missing = await app.app.request('/api/no-such-thing');
      expect([missing.status, ((await missing.json()) as { code: string }).code]).toEqual([404, 'not_found']);
    } finally {
      await app.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('designerDir', () => {
  it('is the designer package’s dist unless HENG_DESIGNER_DIR says otherwise', () => {
    expect(designerDir({})).toMatch(/packages[\\/]designer[\\/]dist[\\/]?$/);
    expect(designerDir({ HENG_DESIGNER_DIR: '/srv/heng/ui' })).toBe('/srv/heng/ui');
  });
});
