/** @module `start_flow`: starts an approval flow on the record. */
import type { DefinitionRef } from '../../core/kind.js';
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { checkKnown } from '../refs.js';
import type { ActionSpec, StartFlowAction, StartFlowEffect } from './types.js';

/**
 * Starts an approval flow, e.g. a limit review after a downgrade.
 *
 * @example
 * { kind: 'start_flow', id: 'review', flow: 'credit_review' }
 */
export const startFlowAction: ActionSpec<StartFlowAction, StartFlowEffect> = {
  kind: 'start_flow',
  label: { 'zh-CN': '发起审批', en: 'Start approval flow' },
  schema: {
    type: 'object',
    properties: { kind: { const: 'start_flow' }, id: idSchema, flow: idSchema },
    required: ['kind', 'id', 'flow'],
    additionalProperties: false,
  },
  check: (action, env, path) => checkKnown('flow', action.flow, env.ctx.flows, pointer(path, 'flow')),
  compile: (action, env) => () => ({ kind: 'start_flow', rule: env.rule, action: action.id, flow: action.flow }),
  references: (action, path): DefinitionRef[] => [{ path: pointer(path, 'flow'), kind: 'flow', id: action.flow }],
  rename: (action, rename) => ({ ...action, flow: rename('flow', action.flow) }),
};
