/** @module JSON Schema of a condition (json-rules-engine's format), to embed in definition schemas. */
import { OPERATORS } from './types.js';
import { PATH_PATTERN } from './path.js';

const has = (key: string) => ({ properties: { [key]: true }, required: [key] });
const scalar = { type: ['number', 'string', 'boolean', 'null'] } as const;

/**
 * `$defs` to spread into a definition schema's own `$defs`; then refer to a condition with
 * `{ $ref: '#/$defs/condition' }`.
 */
export const conditionDefs = {
  // Chosen by the key present, so a broken condition gets the errors of its own shape only.
  condition: {
    type: 'object',
    if: has('all'),
    then: { $ref: '#/$defs/conditionAll' },
    else: {
      if: has('any'),
      then: { $ref: '#/$defs/conditionAny' },
      else: { if: has('not'), then: { $ref: '#/$defs/conditionNot' }, else: { $ref: '#/$defs/conditionFact' } },
    },
  },
  conditionAll: {
    type: 'object',
    properties: { all: { type: 'array', items: { $ref: '#/$defs/condition' }, maxItems: 200 }, name: { type: 'string' }, priority: { type: 'number' } },
    required: ['all'],
    additionalProperties: false,
  },
  conditionAny: {
    type: 'object',
    properties: { any: { type: 'array', items: { $ref: '#/$defs/condition' }, maxItems: 200 }, name: { type: 'string' }, priority: { type: 'number' } },
    required: ['any'],
    additionalProperties: false,
  },
  conditionNot: {
    type: 'object',
    properties: { not: { $ref: '#/$defs/condition' }, name: { type: 'string' }, priority: { type: 'number' } },
    required: ['not'],
    additionalProperties: false,
  },
  conditionFact: {
    type: 'object',
    properties: {
      fact: { type: 'string', minLength: 1, maxLength: 64 },
      operator: { enum: [...OPERATORS] },
      path: { type: 'string', pattern: PATH_PATTERN },
      value: {
        anyOf: [
          scalar,
          { type: 'array', items: scalar, maxItems: 1000 },
          {
            type: 'object',
            properties: { fact: { type: 'string', minLength: 1, maxLength: 64 }, path: { type: 'string', pattern: PATH_PATTERN } },
            required: ['fact'],
            additionalProperties: false,
          },
        ],
      },
      name: { type: 'string' },
      priority: { type: 'number' },
    },
    required: ['fact', 'operator', 'value'],
    additionalProperties: false,
  },
} as const;

/** A self-contained schema of one condition. */
export const conditionSchema = { $ref: '#/$defs/condition', $defs: conditionDefs } as const;
