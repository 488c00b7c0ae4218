import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPostgres } from '../test-support/databases.js';
import type { TestDatabase } from '../test-support/databases.js';
import { newTenant, rejection } from '../test-support/store-fixtures.js';
import { openPostgres, redactUrl } from './postgres.js';
import { storeContract } from './store-contract.case.js';

storeContract('PostgreSQL', {
  open: async () => {
    const t = await createTestPostgres();
    return { db: t.db, dispose: () => t.drop() };
  },
  openEmpty: async () => {
    const t = await createTestPostgres({ migrate: false });
    return { db: t.db, dispose: () => t.drop() };
  },
});

describe('PostgreSQL under concurrency', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestPostgres();
  });
  afterAll(() => t.drop());

  it('reports a real serialization failure as a retryable 409', async () => {
    const tenant = await newTenant(t.db);
    let entered = 0;
    let release: () => void = () => {};
    const bothRead = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Two serializable transactions read the same row, then both write it: one must fail.
    const bump = (name: string): Promise<unknown> =>
      t.db.transaction(
        async (tx) => {
          await tx.query('SELECT name FROM tenants WHERE id = $1', [tenant]);
          entered += 1;
          if (entered === 2) release();
          await bothRead;
          await tx.query('UPDATE tenants SET name = $1 WHERE id = $2', [name, tenant]);
        },
        { isolation: 'serializable' },
      );
    const results = await Promise.allSettled([bump('one'), bump('two')]);
    const failed = results.filter((r) => r.status === 'rejected');
    expect(failed).toHaveLength(1);
    const error = await rejection(Promise.reject((failed[0] as PromiseRejectedResult).reason));
    expect({ code: error.code, status: error.status, retryable: error.retryable }).toEqual({ code: 'concurrent_change', status: 409, retryable: true });
  });

  it('says which server it could not reach, without the password', async () => {
    await expect(openPostgres({ url: 'postgres://heng:secret@127.0.0.1:1/none' })).rejects.toThrow(/127\.0\.0\.1:1/);
    expect(redactUrl('postgres://heng:secret@db:5432/heng')).toBe('postgres://heng:***@db:5432/heng');
  });
});
