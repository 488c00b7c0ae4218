import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresUrl } from './databases.js';
import { findPostgresBin } from './postgres-cluster.js';

describe('the test PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'heng-bin-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes initdb and pg_ctl from PATH first', () => {
    writeFileSync(join(dir, 'initdb'), '');
    writeFileSync(join(dir, 'pg_ctl'), '');
    expect(findPostgresBin({ PATH: ['/nonexistent', dir].join(delimiter) })).toBe(dir);
  });

  it('looks in the usual places when PATH has none', () => {
    expect(findPostgresBin({ PATH: '' })).toMatch(/^\/usr\/(local\/bin|lib\/postgresql\/\d+\/bin)$/);
  });

  it('is one real PostgreSQL 15 or later on 127.0.0.1, shared by the run', async () => {
    const url = new URL(postgresUrl());
    const sql = postgres(url.toString(), { max: 1 });
    try {
      const [row] = await sql`SELECT current_setting('server_version_num')::int AS version, inet_server_addr()::text AS address`;
      expect(row?.version).toBeGreaterThanOrEqual(150000);
      if (process.env.HENG_TEST_DATABASE_URL === undefined) expect(row?.address).toBe('127.0.0.1/32');
    } finally {
      await sql.end();
    }
  });
});
