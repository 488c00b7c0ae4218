import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { FolderLockedError } from './db/folder-lock.js';
import { start } from './main.js';
import { createTestPostgres } from './test-support/databases.js';
import type { TestDatabase } from './test-support/databases.js';

describe('start', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'heng-start-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the API on the embedded database with no other set-up, and lets one process in', async () => {
    const config = loadConfig({ PORT: '0', HENG_DATA_DIR: dir, HENG_LOG_LEVEL: 'error' });
    const server = await start(config);
    try {
      const res = await fetch(`${server.url}/api/ready`);
      expect(await res.json()).toMatchObject({ status: 'ready', database: 'pglite' });
      await expect(start(config)).rejects.toBeInstanceOf(FolderLockedError);
    } finally {
      await server.close();
    }
    const again = await start(config);
    await again.close();
  });

  describe('on PostgreSQL', () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestPostgres({ migrate: false });
    });
    afterAll(() => t.drop());

    it('migrates and serves the same API when DATABASE_URL is set', async () => {
      const server = await start(loadConfig({ PORT: '0', DATABASE_URL: t.url, HENG_LOG_LEVEL: 'error' }));
      try {
        const res = await fetch(`${server.url}/api/ready`);
        expect(await res.json()).toMatchObject({ status: 'ready', database: 'postgres' });
        // Every /api path but the public ones needs a sign-in, so an unknown one is 401 too.
        const problem = await fetch(`${server.url}/api/nope`);
        expect([problem.status, problem.headers.get('content-type')]).toEqual([401, 'application/problem+json']);
        const setup = await fetch(`${server.url}/api/setup`);
        expect(await setup.json()).toMatchObject({ needed: true });
      } finally {
        await server.close();
      }
    });
  });
});
