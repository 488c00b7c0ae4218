/** @module The secret that signs a tenant's rule webhooks, and the admin route that makes a new one. */
import { ADMIN_ROLE, requireRole } from '../auth/principal.js';
import type { Queryable } from '../db/port.js';
import type { Routes } from '../http/routes.js';
import type { ResolvedDeps } from '../http/app.js';
import { newWebhookSecret } from '../notifications/webhooks.js';

// One secret per tenant; the key leaves room for one per rule set later.
const ID = 'default';

/**
 * The tenant's rule webhook secret, made on first use: every call is signed, even before an
 * admin asked for the secret (they make a new one to learn it, see {@link rotateRuleWebhookSecret}).
 *
 * @example
 * const secret = await ruleWebhookSecret(tx, tenantId, clock.now());
 */
export async function ruleWebhookSecret(tx: Queryable, tenantId: string, now: Date): Promise<string> {
  const read = async (): Promise<string | undefined> =>
    (await tx.query<{ secret: string }>('SELECT secret FROM rule_webhook_secrets WHERE tenant_id = $1 AND id = $2', [tenantId, ID]))[0]?.secret;
  const found = await read();
  if (found !== undefined) return found;
  await tx.query('INSERT INTO rule_webhook_secrets (tenant_id, id, secret, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (tenant_id, id) DO NOTHING', [tenantId, ID, newWebhookSecret(), now]);
  const made = await read();
  if (made === undefined) throw new Error('The rule webhook secret was neither found nor made.');
  return made;
}

/**
 * Makes a new secret for the tenant's rule webhooks (the old one stops working at once) and
 * returns it: the only time it is shown.
 *
 * @example
 * const { secret } = await rotateRuleWebhookSecret(tx, tenantId, clock.now());
 */
async function rotateRuleWebhookSecret(tx: Queryable, tenantId: string, now: Date): Promise<{ secret: string; createdAt: string }> {
  const [row] = await tx.query<{ secret: string; createdAt: string }>(
    `INSERT INTO rule_webhook_secrets (tenant_id, id, secret, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (tenant_id, id) DO UPDATE SET secret = EXCLUDED.secret, created_at = EXCLUDED.created_at
     RETURNING secret, created_at AS "createdAt"`,
    [tenantId, ID, newWebhookSecret(), now],
  );
  if (row === undefined) throw new Error('INSERT ... RETURNING gave no row');
  return row;
}

/**
 * `POST /api/admin/rule-webhook-secret`: an admin makes a new signing secret for the webhooks
 * rules call and gets it once.
 *
 * @example
 * ruleWebhookSecretRoute(routes, deps);
 */
export function ruleWebhookSecretRoute(routes: Routes, deps: ResolvedDeps): void {
  routes.add(
    {
      method: 'post', path: '/api/admin/rule-webhook-secret', operationId: 'rotateRuleWebhookSecret', summary: 'Make a new secret that signs the webhooks rules call', tags: ['rules'],
      description: 'Receivers check X-Heng-Signature (sha256=HMAC-SHA256 of "<X-Heng-Timestamp>.<body>") with it. The old secret stops working at once; the new one is shown only here.',
      responses: { 200: { description: 'The new secret', schema: { type: 'object', required: ['secret', 'createdAt'], properties: { secret: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' } } } } },
    },
    async (c) => {
      const admin = requireRole(c, ADMIN_ROLE);
      return c.json(await deps.db.withTenant(admin.tenantId, (tx) => rotateRuleWebhookSecret(tx, admin.tenantId, deps.clock.now())));
    },
  );
}
