import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../jobs/test-backends.js';
import type { OpenBackend } from '../jobs/test-backends.js';
import { newTenant, rejection } from '../test-support/store-fixtures.js';
import { deleteWebhook, listWebhooks, upsertWebhook, webhookUrlProblems } from './webhooks.js';

const now = new Date('2025-03-01T08:00:00.000Z');

describe('webhookUrlProblems', () => {
  it('takes http and https URLs only, without credentials or fragments', () => {
    for (const ok of ['https://erp.example.com/hook', 'http://10.0.0.5:8080/heng?x=1']) expect(webhookUrlProblems(ok)).toEqual([]);
    for (const bad of ['ftp://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'erp.example.com/hook', 'https://user:pw@example.com/', 'https://example.com/#x', `https://example.com/${'a'.repeat(2000)}`]) {
      expect(webhookUrlProblems(bad).map((p) => [p.path, p.code])).toEqual([['/url', 'webhook.url']]);
    }
  });
});

describe.each(backends)('webhook endpoints on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
  });
  afterAll(() => b.dispose());

  it('makes a secret on creation and shows it then only, or when rotated', async () => {
    const tenantId = await newTenant(b.db);
    const put = (spec: Parameters<typeof upsertWebhook>[2]) => b.db.withTenant(tenantId, (tx) => upsertWebhook(tx, tenantId, spec, now));
    const created = await put({ id: 'erp', url: 'https://erp.example.com/hook', topics: ['overdue.alert', 'overdue.alert'] });
    expect(created).toMatchObject({ created: true, webhook: { id: 'erp', url: 'https://erp.example.com/hook', topics: ['overdue.alert'], enabled: true } });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const updated = await put({ id: 'erp', url: 'https://erp.example.com/v2', enabled: false });
    expect(updated).toEqual({ created: false, webhook: expect.objectContaining({ url: 'https://erp.example.com/v2', topics: [], enabled: false }) });
    const rotated = await put({ id: 'erp', url: 'https://erp.example.com/v2', rotateSecret: true });
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    const listed = await b.db.withTenant(tenantId, (tx) => listWebhooks(tx, tenantId));
    expect(listed).toEqual([rotated.webhook]);
    expect(JSON.stringify(listed)).not.toContain('whsec_');
  });

  it('refuses bad endpoints with every problem, and deletes', async () => {
    const tenantId = await newTenant(b.db);
    const error = await rejection(b.db.withTenant(tenantId, (tx) => upsertWebhook(tx, tenantId, { id: '9', url: 'ftp://x', topics: ['Bad Topic'] }, now)));
    expect(error.problems.map((p) => p.path)).toEqual(['/id', '/url', '/topics/0']);
    await b.db.withTenant(tenantId, (tx) => upsertWebhook(tx, tenantId, { id: 'erp', url: 'https://erp.example.com/hook' }, now));
    expect(await b.db.withTenant(tenantId, (tx) => deleteWebhook(tx, tenantId, 'erp'))).toBe(true);
    expect(await b.db.withTenant(tenantId, (tx) => deleteWebhook(tx, tenantId, 'erp'))).toBe(false);
  });
});
