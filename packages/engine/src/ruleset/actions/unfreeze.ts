/** @module `unfreeze`: lifts a freeze, e.g. once the overdue amount is paid. */
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { FREEZE_SCOPES } from './freeze.js';
import { checkTarget, resolveTarget } from './recipient.js';
import type { ActionSpec, UnfreezeAction, UnfreezeEffect } from './types.js';

/**
 * Unfreezes a scope; unfreezing what is not frozen is no change.
 *
 * @example
 * { kind: 'unfreeze', id: 'resume_orders', scope: 'orders', on: 'customer' }
 */
export const unfreezeAction: ActionSpec<UnfreezeAction, UnfreezeEffect> = {
  kind: 'unfreeze',
  label: { 'zh-CN': '解冻', en: 'Unfreeze' },
  schema: {
    type: 'object',
    properties: { kind: { const: 'unfreeze' }, id: idSchema, scope: { enum: [...FREEZE_SCOPES] }, on: idSchema },
    required: ['kind', 'id', 'scope'],
    additionalProperties: false,
  },
  check: (action, env, path) => checkTarget(action.on, env, pointer(path, 'on')),
  compile: (action, env) => (facts) => ({
    kind: 'unfreeze',
    rule: env.rule,
    action: action.id,
    scope: action.scope,
    target: resolveTarget(action.on, facts),
  }),
};
