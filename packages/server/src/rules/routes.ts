/** @module The rules routes: a record's rule runs (the trace), its status (flags, open tasks, freezes), my tasks, the rule webhook secret. */
import { localizedTextSchema, policiesReading, policyFact } from '@heng/engine';
import type { FilledText, LocalizedText, RuleTrace } from '@heng/engine';
import type { Context } from 'hono';
import { principalOf } from '../auth/principal.js';
import { compiledDefinitions } from '../definitions/compiled-cache.js';
import type { Queryable } from '../db/port.js';
import type { RouteModule } from '../http/app.js';
import { latestForm } from '../records/form.js';
import { reachableRecord } from '../records/row-access.js';
import { recordIdOf } from '../records/view.js';
import { scorecardCache, scorecardsOf } from '../scoring/scorecards.js';
import type { AppliedEffect } from './effects.js';
import { withLabels } from './flag-labels.js';
import { ruleSetCache } from './rule-sets.js';
import { readableRun } from './run-view.js';
import { hiddenFields, textReader } from './shown-texts.js';
import { taskRoutes } from './task-routes.js';
import { ruleWebhookSecretRoute } from './webhook-secret.js';

const TAGS = ['rules'];

/** One evaluation of a rule set on a record, as `GET …/rule-runs` shows it. */
export interface RuleRunView {
  readonly id: string;
  readonly ruleSet: string;
  readonly ruleSetVersion: number;
  readonly recordRevision: number;
  readonly trigger: Record<string, unknown>;
  readonly depth: number;
  readonly fired: string[];
  readonly trace: RuleTrace[];
  readonly effects: AppliedEffect[];
  /** Why the run was rolled back (a scheduled run that hit the depth limit, say); null when it was not. */
  readonly error: { code: string; message: string; messageZh: string | null } | null;
  readonly ranAt: string;
}

/** What rules left on a record, as `GET …/status` shows it to one reader (the values of fields hidden from them withheld from its texts). */
export interface RecordStatus {
  /** `label`: what the rule set raising the flag calls it, in its latest published version; null when it gives none. */
  readonly flags: { flag: string; label: LocalizedText | null; ruleSet: string; rule: string; createdAt: string }[];
  readonly tasks: { id: string; assigneeUser: string | null; assigneeRole: string | null; title: LocalizedText; dueDate: string; status: string; ruleSet: string; rule: string; createdAt: string }[];
  readonly freezes: { scope: string; reason: LocalizedText; ruleSet: string; rule: string; createdAt: string }[];
}

const runSchema = {
  type: 'object',
  required: ['id', 'ruleSet', 'ruleSetVersion', 'recordRevision', 'trigger', 'depth', 'fired', 'trace', 'effects', 'error', 'ranAt'],
  properties: {
    id: { type: 'string' }, ruleSet: { type: 'string' }, ruleSetVersion: { type: 'integer' }, recordRevision: { type: 'integer' },
    trigger: { type: 'object' }, depth: { type: 'integer', description: '0 for the write itself; n for the n-th rewrite by set_field' },
    fired: { type: 'array', items: { type: 'string' } }, trace: { type: 'array', items: { type: 'object' } },
    effects: { type: 'array', items: { type: 'object' }, description: 'Each effect with its status: applied or skipped (with the reason)' },
    error: { oneOf: [{ type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, messageZh: { type: ['string', 'null'] } } }, { type: 'null' }], description: 'Why the run was rolled back; null when it was not' },
    ranAt: { type: 'string', format: 'date-time' },
  },
} as const;

const flagSchema = {
  type: 'object',
  required: ['flag', 'label', 'ruleSet', 'rule', 'createdAt'],
  properties: {
    flag: { type: 'string' },
    label: { oneOf: [localizedTextSchema, { type: 'null' }], description: 'What the rule set that raised the flag calls it (its latest published version); null when it gives no label' },
    ruleSet: { type: 'string' }, rule: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

const statusSchema = {
  type: 'object',
  required: ['flags', 'tasks', 'freezes'],
  properties: {
    flags: { type: 'array', items: flagSchema },
    tasks: { type: 'array', items: { type: 'object' } }, freezes: { type: 'array', items: { type: 'object' } },
  },
} as const;

async function ruleRuns(tx: Queryable, tenantId: string, formId: string, id: string, hiddenFields: ReadonlySet<string>): Promise<RuleRunView[]> {
  const runs = await tx.query<RuleRunView>(
    `SELECT id, rule_set_id AS "ruleSet", rule_set_version AS "ruleSetVersion", record_revision AS "recordRevision", trigger, depth, fired, trace, effects, error, ran_at AS "ranAt"
     FROM rule_runs WHERE tenant_id = $1 AND record_id = $2 ORDER BY ran_at, record_revision, depth, rule_set_id`,
    [tenantId, id],
  );
  // A field hidden from the reader is not shown through what the rules saw of it either, nor through a policy computed from it.
  const cards = await scorecardsOf(tx, scorecardCache, tenantId, formId);
  const hidden = new Set([...hiddenFields, ...cards.flatMap((card) => policiesReading(card.compiled.definition, hiddenFields).map(policyFact))]);
  return runs.map((r) => readableRun(r, hidden));
}

async function recordStatus(tx: Queryable, tenantId: string, id: string, _hidden: ReadonlySet<string>, roles: readonly string[]): Promise<RecordStatus> {
  const args = [tenantId, id];
  const flags = await tx.query<Omit<RecordStatus['flags'][number], 'label'>>(
    'SELECT flag, rule_set_id AS "ruleSet", rule_id AS "rule", created_at AS "createdAt" FROM record_flags WHERE tenant_id = $1 AND record_id = $2 ORDER BY flag', args);
  const tasks = await tx.query<Omit<RecordStatus['tasks'][number], 'title'> & { title: FilledText }>(
    `SELECT id, assignee_user AS "assigneeUser", assignee_role AS "assigneeRole", title, due_date::text AS "dueDate", status, rule_set_id AS "ruleSet", rule_id AS "rule", created_at AS "createdAt"
     FROM tasks WHERE tenant_id = $1 AND record_id = $2 AND status = 'open' ORDER BY due_date, created_at, id`, args);
  const freezes = await tx.query<Omit<RecordStatus['freezes'][number], 'reason'> & { reason: FilledText }>(
    'SELECT scope, reason, rule_set_id AS "ruleSet", rule_id AS "rule", created_at AS "createdAt" FROM freezes WHERE tenant_id = $1 AND record_id = $2 ORDER BY scope', args);
  // A freeze's reason may name the fields of another form (a receivable's, freezing its customer).
  const show = textReader(tx, tenantId, roles);
  const shown: RecordStatus = { flags: await withLabels(tx, ruleSetCache, tenantId, flags), tasks: [], freezes: [] };
  for (const t of tasks) shown.tasks.push({ ...t, title: await show(t.title) });
  for (const f of freezes) shown.freezes.push({ ...f, reason: await show(f.reason) });
  return shown;
}

/**
 * `GET /api/forms/:formId/records/:id/rule-runs` (the rule set evaluations kept for the record,
 * with their condition traces and effects, less the values of fields hidden from the reader) and `GET /api/forms/:formId/records/:id/status` (its flags,
 * open tasks and freezes, their texts less those values too): any signed-in user of the tenant who reaches the record (the form's
 * row rules; others get 404 as for a missing record). My tasks (see `taskRoutes`). And
 * `POST /api/admin/rule-webhook-secret` (a new secret for the webhooks rules call): admins.
 *
 * @example
 * createApp(deps, [authRoutes(auth), recordRoutes(), ruleRoutes()]);
 */
export function ruleRoutes(forms = compiledDefinitions): RouteModule {
  return (routes, deps) => {
    const read = <T>(c: Context, load: (tx: Queryable, tenantId: string, id: string, hidden: ReadonlySet<string>, roles: readonly string[]) => Promise<T>): Promise<T> => {
      const me = principalOf(c);
      const formId = c.req.param('formId') ?? '';
      const id = recordIdOf(c);
      return deps.db.withTenant(me.tenantId, async (tx) => {
        const form = await latestForm(tx, forms, me.tenantId, formId);
        await reachableRecord(tx, me, form.compiled.definition, formId, id);
        return load(tx, me.tenantId, id, hiddenFields(form.compiled, me.roles), me.roles);
      });
    };
    routes.add(
      {
        method: 'get', path: '/api/forms/:formId/records/:id/rule-runs', operationId: 'listRuleRuns', summary: 'The rule set evaluations kept for a record (every one a write or score change triggered; a schedule\'s where a rule fired or it failed), with their traces', tags: TAGS,
        responses: { 200: { description: 'The runs, oldest first', schema: { type: 'array', items: runSchema } } },
      },
      async (c) => c.json(await read(c, (tx, tenantId, id, hidden) => ruleRuns(tx, tenantId, c.req.param('formId') ?? '', id, hidden))),
    );
    routes.add(
      {
        method: 'get', path: '/api/forms/:formId/records/:id/status', operationId: 'getRecordStatus', summary: 'The flags, open tasks and freezes rules left on a record', tags: TAGS,
        responses: { 200: { description: 'The record\'s status', schema: statusSchema } },
      },
      async (c) => c.json(await read(c, recordStatus)),
    );
    ruleWebhookSecretRoute(routes, deps);
    taskRoutes(routes, deps);
  };
}
