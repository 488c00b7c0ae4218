/** @module JSON Schema of a bundle's envelope; each definition is then checked by its own kind. */
import { idSchema } from '../core/ids.js';
import { localizedTextSchema } from '../core/localized.js';
import { BUNDLE_FORMAT } from './types.js';

export const bundleSchema = {
  type: 'object',
  properties: {
    format: { const: BUNDLE_FORMAT },
    id: idSchema,
    name: localizedTextSchema,
    description: localizedTextSchema,
    version: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' },
    roles: {
      type: 'array',
      maxItems: 200,
      items: { type: 'object', properties: { id: idSchema, name: localizedTextSchema }, required: ['id', 'name'], additionalProperties: false },
    },
    definitions: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        properties: { kind: { enum: ['form', 'scorecard', 'ruleset', 'flow'] }, id: idSchema },
        required: ['kind', 'id'],
      },
    },
    seed: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$' },
      additionalProperties: {
        type: 'array',
        maxItems: 100_000,
        items: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 128 }, values: { type: 'object' } }, required: ['values'], additionalProperties: false },
      },
    },
  },
  required: ['format', 'id', 'name', 'version', 'roles', 'definitions'],
  additionalProperties: false,
} as const;
