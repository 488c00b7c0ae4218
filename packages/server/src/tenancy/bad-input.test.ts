import { describe, expect, it } from 'vitest';
import { openApiPath } from '../http/openapi.js';
import { bearer, newCompany, onBothDatabases, signIn } from './testing.js';

const hostile: unknown[] = ['\u0000', 'a\u0000b', 'a\u0000@x.cn', '\u001f', '', ' ', 'x'.repeat(10_000), -1, 0, 1e308, true, null, [], ['\u0000'], {}, { $ne: 1 }];
const hostileBodies: unknown[] = [null, [], 'text', 42, {}];

onBothDatabases((app) => {
  describe('hostile input to every auth and tenancy route', () => {
    it('is refused with a 4xx problem, never a 500', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const headers = await bearer(t, co.tenantId, co.adminId, ['admin']);
      const session = await signIn(t.app, co.slug, co.email);
      const failures: string[] = [];
      const send = async (method: string, path: string, body: unknown, asBrowser = false): Promise<void> => {
        const res = await t.app.request(path, { method, headers: asBrowser ? session.headers : headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
        if (res.status >= 500) failures.push(`${method} ${path} ${JSON.stringify(body).slice(0, 60)} → ${res.status}`);
      };
      for (const spec of t.registry.routes) {
        const method = spec.method.toUpperCase();
        for (const id of ['%00', '%E2%80%AE', 'x'.repeat(300), co.adminId]) {
          const path = openApiPath(spec.path).replace(/\{[^}]+\}/g, id);
          if (path.includes('{')) continue;
          if (spec.body === undefined) {
            await send(method, path, undefined);
            continue;
          }
          for (const body of hostileBodies) await send(method, path, body);
          const properties = Object.keys((spec.body.properties ?? {}) as Record<string, unknown>);
          for (const name of properties) for (const value of hostile) await send(method, path, { [name]: value }, name === 'currentPassword');
        }
      }
      expect(failures).toEqual([]);
    });
  });
});
