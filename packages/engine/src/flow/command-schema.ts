/** @module The JSON Schema of flow commands, so the server can check request bodies with the same rules as the engine. */
import { idSchema } from '../core/ids.js';
import { userIdSchema } from './people.js';

const text = { type: 'string', maxLength: 2000 } as const;
const users = { type: 'array', items: userIdSchema, maxItems: 200 } as const;
const record = { type: 'object' } as const;

/**
 * JSON Schema of a {@link Directory}.
 *
 * @example
 * schemaChecker(directorySchema)({ roles: { risk_officer: ['zhao'] }, managers: { li: 'sun' }, admins: ['admin'] }) // []
 */
export const directorySchema = {
  type: 'object',
  properties: {
    roles: { type: 'object', additionalProperties: { type: 'array', items: userIdSchema } },
    managers: { type: 'object', additionalProperties: userIdSchema },
    admins: users,
  },
  required: ['roles', 'managers', 'admins'],
  additionalProperties: false,
} as const;

/**
 * JSON Schema of a {@link FlowScore}.
 *
 * @example
 * schemaChecker(flowScoreSchema)({ scorecard: 'credit_score', version: 2, score: 71.5, grade: 'B' }) // []
 */
export const flowScoreSchema = {
  type: 'object',
  properties: {
    scorecard: idSchema,
    version: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 1 }] },
    score: { type: ['number', 'null'] },
    grade: { type: ['string', 'null'] },
  },
  required: ['scorecard', 'version', 'score', 'grade'],
  additionalProperties: false,
} as const;

const command = (type: string, properties: Record<string, unknown>, required: string[]) => ({
  if: { type: 'object', properties: { type: { const: type } }, required: ['type'] },
  then: {
    type: 'object',
    properties: { type: { const: type }, version: { type: 'integer', minimum: 0 }, ...properties },
    required: ['type', ...required],
    additionalProperties: false,
  },
});

/**
 * JSON Schema (ajv strict) of a {@link FlowCommand}, chosen by `type`.
 *
 * @example
 * schemaChecker(flowCommandSchema)({ type: 'approve' }) // [{ path: '/by', code: 'schema.required', ... }]
 */
export const flowCommandSchema = {
  type: 'object',
  properties: { type: { enum: ['submit', 'resubmit', 'approve', 'reject', 'return', 'transfer', 'addSigner', 'withdraw', 'comment', 'timeout'] } },
  required: ['type'],
  allOf: [
    command('submit', { by: userIdSchema, record, directory: directorySchema, score: flowScoreSchema }, ['by', 'record', 'directory']),
    command('resubmit', { by: userIdSchema, comment: text, record, directory: directorySchema, score: flowScoreSchema }, ['by']),
    command('approve', { by: userIdSchema, comment: text, edits: record }, ['by']),
    command('reject', { by: userIdSchema, comment: text }, ['by', 'comment']),
    command('return', { by: userIdSchema, comment: text, to: { type: 'string', minLength: 1, maxLength: 64 } }, ['by', 'comment', 'to']),
    command('transfer', { by: userIdSchema, to: userIdSchema, comment: text }, ['by', 'to']),
    command('addSigner', { by: userIdSchema, users, where: { enum: ['before', 'after', 'with'] }, comment: text }, ['by', 'users', 'where']),
    command('withdraw', { by: userIdSchema, comment: text }, ['by']),
    command('comment', { by: userIdSchema, text }, ['by', 'text']),
    command('timeout', { nodeId: idSchema }, ['nodeId']),
  ],
} as const;
