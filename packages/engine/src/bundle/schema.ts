/** @module JSON Schema of a bundle's envelope; each definition is then checked by its own kind. */
import { idSchema } from '../core/ids.js';
import { localizedTextSchema } from '../core/localized.js';
import { BUNDLE_FORMAT } from './types.js';

/**
 * JSON Schema (ajv strict) of a bundle's envelope: format, id, name, version, roles, the kind
 * and id of each definition, and seed records by form id. Each definition is then checked by
 * its own kind (`validateBundle` does both, and the cross-references).
 *
 * @example
 * const check = schemaChecker(bundleSchema);
 * check({ format: 'heng.bundle/1', id: 'credit', name: { 'zh-CN': '客户信用管理', en: 'Credit management' }, version: '1.0.0', roles: [], definitions: [] }) // []
 * check({ format: 'heng.bundle/1', id: 'credit', version: '1.0' })
 * // [{ path: '/name', code: 'schema.required', ... }, { path: '/version', code: 'schema.pattern', ... }, ...]
 */
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
        properties: { kind: { enum: ['form', 'scorecard', 'ruleset', 'flow', 'dashboard'] }, id: idSchema },
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
