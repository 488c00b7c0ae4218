import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../db/port.js';
import { backends } from '../jobs/test-backends.js';
import type { OpenBackend } from '../jobs/test-backends.js';
import { newTenant } from '../test-support/store-fixtures.js';
import { CompiledCache, compiledVersion } from './compiled-cache.js';
import { latestDefinitions } from './latest.js';
import { createDraft, insertVersion } from './store.js';
import { customerForm } from './testing.js';

const NOW = new Date('2024-05-01T00:00:00.000Z');
const card = (id: string) => ({ kind: 'scorecard', id, form: 'customer', factors: [], grades: [] });

describe.each(backends)('latest definitions on $name', (backend) => {
  let opened: OpenBackend;
  let db: Db;
  let tenantId: string;
  let userId: string;
  beforeAll(async () => {
    opened = await backend.open();
    db = opened.db;
    tenantId = await newTenant(db);
    [{ id: userId }] = (await db.query<{ id: string }>("INSERT INTO users (tenant_id, email, display_name) VALUES ($1, 'admin@co.cn', 'Admin') RETURNING id", [tenantId])) as [{ id: string }];
  });
  afterAll(() => opened.dispose());

  /** Publishes the next version of a scorecard on the customer form, in `tx`. */
  async function publish(tx: Queryable, id: string): Promise<number> {
    await createDraft(tx, tenantId, 'scorecard', id, card(id), userId, NOW);
    return (await insertVersion(tx, tenantId, 'scorecard', id, card(id), { userId, note: null, now: NOW })).version;
  }

  const scorecards = (tx: Queryable) => latestDefinitions(tx, tenantId).then((l) => l.on('scorecard', 'customer').map((v) => [v.id, v.version]));

  it('sees a publish committed through another connection (another server process) in its next transaction', async () => {
    expect(await db.withTenant(tenantId, scorecards)).toEqual([]);
    const other = await opened.another();
    await other.withTenant(tenantId, (tx) => publish(tx, 'credit_score'));
    await other.withTenant(tenantId, (tx) => publish(tx, 'credit_score'));
    expect(await db.withTenant(tenantId, scorecards)).toEqual([['credit_score', 2]]);
  });

  it('never shows a publish that was rolled back, even once another publish brings the stamp to the same count', async () => {
    const undone = db.withTenant(tenantId, async (tx) => {
      await publish(tx, 'dropped_score');
      expect(await scorecards(tx)).toEqual([['credit_score', 2], ['dropped_score', 1]]);
      throw new Error('roll back');
    });
    await expect(undone).rejects.toThrow('roll back');
    await db.withTenant(tenantId, (tx) => publish(tx, 'kept_score'));
    expect(await db.withTenant(tenantId, scorecards)).toEqual([['credit_score', 2], ['kept_score', 1]]);
  });

  it('reads one statement per transaction while nothing is published', async () => {
    await db.withTenant(tenantId, scorecards);
    const sent: string[] = [];
    const [first, second] = await db.withTenant(tenantId, async (tx) => {
      const counting: Queryable = { query: (sql, params) => (sent.push(sql), tx.query(sql, params)), exec: (script) => tx.exec(script) };
      return [await latestDefinitions(counting, tenantId), await latestDefinitions(counting, tenantId)];
    });
    expect(second).toBe(first);
    expect(sent).toHaveLength(1);
    expect(first.latest('scorecard', 'kept_score')).toMatchObject({ version: 1, form: 'customer' });
  });

  it('never serves a version compiled in a publishing transaction that rolled back, once the number is published again', async () => {
    const cache = new CompiledCache(10);
    const form = (en: string) => ({ ...customerForm, name: { en, 'zh-CN': en } });
    const publishForm = async (tx: Queryable, body: object): Promise<void> => {
      await createDraft(tx, tenantId, 'form', 'customer', body, userId, NOW);
      await insertVersion(tx, tenantId, 'form', 'customer', body, { userId, note: null, now: NOW });
    };
    const compiledName = (tx: Queryable) => compiledVersion(tx, cache, tenantId, 'form', 'customer').then((v) => [v?.version, (v?.body as { name: { en: string } } | undefined)?.name.en]);
    const undone = db.withTenant(tenantId, async (tx) => {
      await publishForm(tx, form('Undone'));
      const [first, again] = [await compiledVersion(tx, cache, tenantId, 'form', 'customer'), await compiledVersion(tx, cache, tenantId, 'form', 'customer')];
      expect(again).toBe(first);
      expect(await compiledName(tx)).toEqual([1, 'Undone']);
      throw new Error('roll back');
    });
    await expect(undone).rejects.toThrow('roll back');
    await db.withTenant(tenantId, (tx) => publishForm(tx, form('Kept')));
    expect(await db.withTenant(tenantId, compiledName)).toEqual([1, 'Kept']);
    expect(cache.size).toBe(1);
  });
});
