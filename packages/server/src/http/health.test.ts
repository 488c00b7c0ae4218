import { describe, expect, it } from 'vitest';
import { freshPglite } from '../test-support/databases.js';
import { createTestApp } from '../test-support/test-app.js';
import { loadMigrations } from '../migrations/runner.js';

describe('health and readiness', () => {
  it('is alive and ready on a migrated database', async () => {
    const t = await createTestApp();
    try {
      const health = await t.app.request('/api/health');
      expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
      const ready = await t.app.request('/api/ready');
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', database: 'pglite', migrations: loadMigrations().length }]);
    } finally {
      await t.close();
    }
  });

  it('is not ready while migrations are pending', async () => {
    const t = await createTestApp({ db: await freshPglite({ migrate: false }) });
    try {
      const res = await t.app.request('/api/ready');
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ code: 'not_ready', retryable: true, detail: `${loadMigrations().length} database migration(s) are not applied yet.` });
      expect((await t.app.request('/api/health')).status).toBe(200);
    } finally {
      await t.db.close();
    }
  });

  it('is not ready when the database does not answer, and says no more than that', async () => {
    const t = await createTestApp({ db: await freshPglite() });
    await t.db.close();
    const res = await t.app.request('/api/ready', { headers: { 'X-Request-Id': 'down' } });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ code: 'not_ready', detail: 'The database does not answer.' });
    expect(t.logs.find((l) => l.msg === 'database unreachable')).toMatchObject({ level: 'error', requestId: 'down' });
  });
});
