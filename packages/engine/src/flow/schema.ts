/** @module The JSON Schema of a flow definition, assembled from the node kinds' schemas. */
import { conditionDefs } from '../condition/index.js';
import { idSchema } from '../core/ids.js';
import { localizedTextSchema } from '../core/localized.js';
import { approverSpecSchema } from './people.js';
import { NODE_KINDS, nodeKinds } from './nodes/registry.js';

/**
 * How deep branch nodes may nest; validation reports nodes nested deeper.
 *
 * @example
 * validateFlow(twentyOneLevelsDeep, ctx) // [{ code: 'flow.nesting', ... }]
 */
export const MAX_NESTING = 20;

/**
 * JSON Schema (ajv strict, draft 2020-12) of a {@link FlowDefinition}. A node's schema is chosen
 * by its `kind`, so a broken node gets the errors of its own kind only.
 *
 * @example
 * schemaChecker(flowSchema)(json) // Problem[]
 */
export const flowSchema = {
  type: 'object',
  properties: {
    kind: { const: 'flow' },
    id: idSchema,
    name: localizedTextSchema,
    description: localizedTextSchema,
    form: idSchema,
    start: { enum: ['on_create', 'manual'] },
    statusField: idSchema,
    scorecard: idSchema,
    nodes: { $ref: '#/$defs/flowNodes' },
  },
  required: ['kind', 'id', 'name', 'form', 'nodes'],
  additionalProperties: false,
  $defs: {
    ...conditionDefs,
    approverSpec: approverSpecSchema,
    flowNodes: { type: 'array', items: { $ref: '#/$defs/flowNode' }, maxItems: 200 },
    flowNode: {
      type: 'object',
      properties: { kind: { enum: NODE_KINDS } },
      required: ['kind'],
      allOf: NODE_KINDS.map((k) => ({
        if: { type: 'object', properties: { kind: { const: k } }, required: ['kind'] },
        then: nodeKinds[k].schema,
      })),
    },
  },
} as const;
