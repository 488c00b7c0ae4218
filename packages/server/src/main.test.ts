import { mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
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

  it('keeps an idle keep-alive connection open past the 5 s Node would, so a client reusing it never meets a reset', async () => {
    const server = await start(loadConfig({ PORT: '0', HENG_DATA_DIR: dir, HENG_LOG_LEVEL: 'error' }));
    const { hostname, port } = new URL(server.url);
    const socket = connect(Number(port), hostname);
    try {
      await once(socket, 'connect');
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
      const ask = async (): Promise<void> => {
        received = '';
        socket.write(`GET /api/health HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
        while (!received.includes('\r\n\r\n')) {
          if (socket.readyState !== 'open') throw new Error(`the server closed the connection (${socket.readyState})`);
          await sleep(20);
        }
      };
      await ask();
      expect(received).toMatch(/^HTTP\/1\.1 200/);
      await sleep(7_000);
      expect(socket.readyState).toBe('open');
      await ask();
      expect(received).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      socket.destroy();
      await server.close();
    }
  }, 20_000);

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
