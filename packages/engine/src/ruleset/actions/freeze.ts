/** @module `freeze`: blocks new orders of a customer (this record, or the one a reference field points to). */
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { checkTemplate, renderTemplate, templateSchema } from '../template.js';
import { checkTarget, resolveTarget } from './recipient.js';
import type { ActionSpec, FreezeAction, FreezeEffect, FreezeScope } from './types.js';

/**
 * What a freeze may block; `satisfies` keeps it in step with {@link FreezeScope}.
 *
 * @example
 * FREEZE_SCOPES // ['orders']
 */
export const FREEZE_SCOPES = ['orders'] as const satisfies readonly FreezeScope[];

/**
 * Freezes a scope; the reason, a template, is shown to whoever is refused.
 *
 * @example
 * { kind: 'freeze', id: 'stop_orders', scope: 'orders', on: 'customer',
 *   reason: { 'zh-CN': '逾期 {{days_overdue}} 天，暂停接单', en: 'Orders frozen: {{days_overdue}} days overdue' } }
 */
export const freezeAction: ActionSpec<FreezeAction, FreezeEffect> = {
  kind: 'freeze',
  label: { 'zh-CN': '冻结', en: 'Freeze' },
  schema: {
    type: 'object',
    properties: { kind: { const: 'freeze' }, id: idSchema, scope: { enum: [...FREEZE_SCOPES] }, reason: templateSchema(200), on: idSchema },
    required: ['kind', 'id', 'scope', 'reason'],
    additionalProperties: false,
  },
  check: (action, env, path) => [
    ...checkTarget(action.on, env, pointer(path, 'on')),
    ...checkTemplate(action.reason, env.facts, pointer(path, 'reason')),
  ],
  compile: (action, env) => (facts) => ({
    kind: 'freeze',
    rule: env.rule,
    action: action.id,
    scope: action.scope,
    reason: renderTemplate(action.reason, facts, env.form, env.facts),
    target: resolveTarget(action.on, facts),
  }),
};
