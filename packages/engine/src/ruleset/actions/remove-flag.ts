/** @module `remove_flag`: takes a flag off a record (this one, or the one a reference field points to). */
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { checkTarget, resolveTarget } from './recipient.js';
import type { ActionSpec, RemoveFlagAction, RemoveFlagEffect } from './types.js';

/**
 * Removes a flag; removing one the record does not have is no change.
 *
 * @example
 * { kind: 'remove_flag', id: 'clear', flag: 'overdue', on: 'customer' }
 */
export const removeFlagAction: ActionSpec<RemoveFlagAction, RemoveFlagEffect> = {
  kind: 'remove_flag',
  label: { 'zh-CN': '移除标记', en: 'Remove flag' },
  schema: {
    type: 'object',
    properties: { kind: { const: 'remove_flag' }, id: idSchema, flag: idSchema, on: idSchema },
    required: ['kind', 'id', 'flag'],
    additionalProperties: false,
  },
  check: (action, env, path) => checkTarget(action.on, env, pointer(path, 'on')),
  compile: (action, env) => (facts) => ({
    kind: 'remove_flag',
    rule: env.rule,
    action: action.id,
    flag: action.flag,
    target: resolveTarget(action.on, facts),
  }),
};
