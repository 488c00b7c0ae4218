/** @module JSON Schemas of the definitions API's bodies and responses, for checks and OpenAPI. */
import type { JsonSchema } from '../http/schema-check.js';
import { DEFINITION_KINDS } from './request.js';

const nullable = (schema: JsonSchema): JsonSchema => ({ oneOf: [schema, { type: 'null' }] });
const kind: JsonSchema = { type: 'string', enum: [...DEFINITION_KINDS] };

/** A draft: any JSON object whose kind and id match the path (checked by the handler). */
export const draftBody: JsonSchema = { type: 'object', required: ['kind', 'id'], properties: { kind, id: { type: 'string' } } };

/** The body of publish. */
export interface PublishBody {
  readonly note?: string;
}

export const publishBody: JsonSchema = { type: 'object', additionalProperties: false, properties: { note: { type: 'string', maxLength: 1000 } } };

/** The body of rollback. */
export interface RollbackBody extends PublishBody {
  readonly version: number;
}

export const rollbackBody: JsonSchema = {
  type: 'object',
  required: ['version'],
  additionalProperties: false,
  properties: { version: { type: 'integer', minimum: 1 }, note: { type: 'string', maxLength: 1000 } },
};

export const draftSchema: JsonSchema = {
  type: 'object',
  required: ['kind', 'id', 'draft', 'revision', 'updatedAt', 'updatedBy'],
  properties: { kind, id: { type: 'string' }, draft: { type: 'object' }, revision: { type: 'integer' }, updatedAt: { type: 'string' }, updatedBy: nullable({ type: 'string' }) },
};

export const summarySchema: JsonSchema = {
  type: 'object',
  required: ['kind', 'id', 'revision', 'latestVersion', 'updatedAt'],
  properties: { kind, id: { type: 'string' }, name: {}, revision: { type: 'integer' }, latestVersion: nullable({ type: 'integer' }), updatedAt: { type: 'string' } },
};

export const versionInfoSchema: JsonSchema = {
  type: 'object',
  required: ['version', 'publishedAt', 'publishedBy', 'note'],
  properties: {
    version: { type: 'integer' }, publishedAt: { type: 'string' }, publishedBy: nullable({ type: 'string' }), note: nullable({ type: 'string' }),
    rescoreJobId: { type: 'string', description: 'A scorecard only: the job re-scoring its form, followed at /api/admin/jobs/{jobId}/events' },
  },
};

const problemList = { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' }, messageZh: { type: 'string' } } } };

export const problemsSchema: JsonSchema = {
  type: 'object',
  required: ['revision', 'problems', 'warnings'],
  properties: { revision: { type: 'integer' }, problems: problemList, warnings: problemList },
};

export const diffSchema: JsonSchema = {
  type: 'object',
  required: ['from', 'to', 'changes'],
  properties: {
    from: { oneOf: [{ type: 'integer' }, { const: 'draft' }, { type: 'null' }] },
    to: { oneOf: [{ type: 'integer' }, { const: 'draft' }] },
    changes: {
      type: 'array',
      items: { type: 'object', required: ['path', 'op'], properties: { path: { type: 'string' }, op: { enum: ['add', 'remove', 'replace', 'move'] }, from: {}, to: {}, id: { type: 'string' } } },
    },
  },
};

export const readersSchema: JsonSchema = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: { type: 'object', required: ['kind', 'id', 'name'], properties: { kind, id: { type: 'string' }, name: { type: 'object' } } } } },
};
