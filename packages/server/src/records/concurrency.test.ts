import { describe, expect, it } from 'vitest';
import { onBothDatabases } from '../tenancy/testing.js';
import { created, RECORD_TEST_MODULES, RECORDS, shop } from './testing.js';

onBothDatabases(
  (app) => {
    describe('two edits with the same If-Match', () => {
      it('50 rounds: exactly one 200 and one 409 each round, and no update is lost', async () => {
        const { admin, sales } = await shop(app());
        const rec = await created(admin, { company_name: 'Race Co', annual_sales: 0, total_assets: 0 });
        const path = `${RECORDS}/${rec.id}`;
        for (let round = 1; round <= 50; round += 1) {
          const ifMatch = { 'If-Match': `"${round}"` };
          const [a, b] = await Promise.all([
            admin.call('PATCH', path, { annual_sales: round }, ifMatch),
            sales.call('PATCH', path, { total_assets: round }, ifMatch),
          ]);
          expect([a.status, b.status].sort()).toEqual([200, 409]);
          const winner = a.status === 200 ? a : b;
          expect(winner.headers.get('etag')).toBe(`"${round + 1}"`);
          const now = (await (await admin.call('GET', path)).json()) as { revision: number; data: Record<string, number> };
          expect(now.revision).toBe(round + 1);
          // The winner's change is there and the loser's is not: nothing merged behind anyone's back.
          const [won, lost] = a.status === 200 ? ['annual_sales', 'total_assets'] : ['total_assets', 'annual_sales'];
          expect(now.data[won]).toBe(round);
          expect(now.data[lost]).not.toBe(round);
        }
        const history = (await (await admin.call('GET', `${path}/revisions`)).json()) as { items: { revision: number }[] };
        expect(history.items.map((r) => r.revision)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
      });
    });
  },
  { modules: RECORD_TEST_MODULES },
);
