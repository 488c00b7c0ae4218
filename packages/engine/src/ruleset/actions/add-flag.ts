/** @module `add_flag`: marks a record (this one, or the one a reference field points to) with a flag. */
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { localizedTextSchema } from '../../core/localized.js';
import { checkTarget, resolveTarget } from './recipient.js';
import type { ActionSpec, AddFlagAction, AddFlagEffect } from './types.js';

/**
 * Adds a flag such as `high_risk`; flags are ids the scorecard's overrides and lists show, by the
 * `label` when one is given (the effect carries it, so traces and write outcomes can name it).
 *
 * @example
 * { kind: 'add_flag', id: 'mark', flag: 'high_risk', label: { 'zh-CN': '高风险', en: 'High risk' }, on: 'customer' }
 */
export const addFlagAction: ActionSpec<AddFlagAction, AddFlagEffect> = {
  kind: 'add_flag',
  label: { 'zh-CN': '添加标记', en: 'Add flag' },
  schema: {
    type: 'object',
    properties: { kind: { const: 'add_flag' }, id: idSchema, flag: idSchema, label: localizedTextSchema, on: idSchema },
    required: ['kind', 'id', 'flag'],
    additionalProperties: false,
  },
  check: (action, env, path) => checkTarget(action.on, env, pointer(path, 'on')),
  compile: (action, env) => (facts) => ({
    kind: 'add_flag',
    rule: env.rule,
    action: action.id,
    flag: action.flag,
    ...(action.label === undefined ? {} : { label: action.label }),
    target: resolveTarget(action.on, facts),
  }),
};
