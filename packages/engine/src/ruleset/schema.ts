/** @module JSON Schema of a rule set definition (ajv 2020, strict), conditions embedded as json-rules-engine's format. */
import { idSchema } from '../core/ids.js';
import { localizedTextSchema } from '../core/localized.js';
import { conditionDefs } from '../condition/index.js';
import { actionSchema } from './actions/index.js';
import { triggerSchema } from './triggers.js';

/**
 * Limits of a rule set. Rules and actions are lists people read: hundreds are a mistake, not a
 * design. json-rules-engine wants priorities ≥ 1; higher runs first.
 *
 * @example
 * { priority: MAX_PRIORITY } // the highest a rule may have
 */
export const MAX_RULES = 500;
export const MAX_ACTIONS = 50;
export const MAX_PRIORITY = 1000;

/**
 * JSON Schema of one rule (conditions refer to the `$defs` of {@link ruleSetSchema}).
 *
 * @example
 * { id: 'legal', name: { 'zh-CN': '法务催收', en: 'Legal collection' }, priority: 30, conditions: { all: [...] }, actions: [...] }
 */
export const ruleSchema = {
  type: 'object',
  properties: {
    id: idSchema,
    name: localizedTextSchema,
    priority: { type: 'integer', minimum: 1, maximum: MAX_PRIORITY },
    conditions: { $ref: '#/$defs/condition' },
    actions: { type: 'array', items: actionSchema, minItems: 1, maxItems: MAX_ACTIONS },
  },
  required: ['id', 'name', 'conditions', 'actions'],
  additionalProperties: false,
} as const;

/**
 * JSON Schema of a whole rule set definition; the server validates request bodies with it too.
 *
 * @example
 * schemaChecker(ruleSetSchema)({ kind: 'ruleset' }) // [{ path: '/id', code: 'schema.required', ... }, ...]
 */
export const ruleSetSchema = {
  type: 'object',
  properties: {
    kind: { const: 'ruleset' },
    id: idSchema,
    name: localizedTextSchema,
    description: localizedTextSchema,
    form: idSchema,
    trigger: triggerSchema,
    rules: { type: 'array', items: ruleSchema, minItems: 1, maxItems: MAX_RULES },
  },
  required: ['kind', 'id', 'name', 'form', 'trigger', 'rules'],
  additionalProperties: false,
  $defs: { ...conditionDefs },
} as const;
