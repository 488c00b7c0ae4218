import { describe, expect, it } from 'vitest';
import type { Db } from '../db/port.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { caller, create, createAndPublish, creditScore, customerForm, DEFINITION_TEST_MODULES, statusAndCode } from './testing.js';

async function snapshot(db: Db, tenantId: string): Promise<unknown> {
  return db.withTenant(tenantId, async (tx) => ({
    definitions: await tx.query('SELECT * FROM definitions ORDER BY kind, id'),
    versions: await tx.query('SELECT * FROM definition_versions ORDER BY kind, id, version'),
  }));
}

onBothDatabases(
  (app) => {
    describe("tenant matrix: company A's admin with company B's definitions", () => {
      it('gets 404 on every route, exactly as for ids that do not exist, and B is untouched', async () => {
        const t = app();
        const a = await caller(t, ['admin']);
        const b = await caller(t, ['admin']);
        await createAndPublish(b, customerForm);
        await create(b, creditScore);
        const before = await snapshot(t.db, b.company.tenantId);
        const SC = '/api/definitions/scorecard/credit_score';
        const F = '/api/definitions/form/customer';
        const requests: [string, string, unknown?, Record<string, string>?][] = [
          ['GET', `${SC}/draft`],
          ['PUT', `${SC}/draft`, creditScore, { 'If-Match': '"1"' }],
          ['DELETE', `${SC}/draft`, undefined, { 'If-Match': '"1"' }],
          ['DELETE', `${F}/draft`, undefined, { 'If-Match': '"1"' }],
          ['POST', `${SC}/validate`],
          ['POST', `${SC}/publish`, {}, { 'If-Match': '"1"' }],
          ['GET', `${F}/versions`],
          ['GET', `${F}/versions/1`],
          ['GET', `${F}/diff`],
          ['GET', `${F}/diff?from=1&to=draft`],
          ['POST', `${F}/rollback`, { version: 1 }, { 'If-Match': '"1"' }],
        ];
        for (const [method, path, body, headers] of requests) {
          const theirs = await statusAndCode(await a.call(method, path, body, headers));
          const elsewhere = body === creditScore ? { ...creditScore, id: 'no_such_id' } : body;
          const none = await statusAndCode(await a.call(method, path.replace(/credit_score|customer/, 'no_such_id'), elsewhere, headers));
          expect([method, path, theirs]).toEqual([method, path, [404, 'not_found']]);
          expect(none).toEqual(theirs);
        }
        expect(await (await a.call('GET', '/api/definitions')).json()).toEqual({ items: [] });
        // A's own definition of the same kind and id is a different one, and B's stays as it was.
        expect((await a.call('PUT', `${F}/draft`, customerForm, { 'If-None-Match': '*' })).status).toBe(201);
        expect(await snapshot(t.db, b.company.tenantId)).toEqual(before);
      });
    });
  },
  { modules: DEFINITION_TEST_MODULES },
);
