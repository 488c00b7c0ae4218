/** @module JSON Schema of a scorecard definition (ajv, strict): the structure, before the meaning. */
import { idSchema } from '../core/ids.js';
import { localizedTextSchema } from '../core/localized.js';
import { conditionDefs } from '../condition/index.js';
import { factorMethods } from './methods/index.js';
import { pointsSchema } from './methods/points.js';
import type { FactorMethodKind } from './types.js';

const methodKinds = Object.keys(factorMethods) as FactorMethodKind[];
const when = (key: string, value: string) => ({ properties: { [key]: { const: value } }, required: [key] });

const methodSchema = {
  type: 'object',
  properties: { kind: { enum: methodKinds } },
  required: ['kind'],
  // Chosen by `kind`, so a broken method gets the errors of its own shape only.
  allOf: methodKinds.map((k) => ({ if: when('kind', k), then: factorMethods[k].schema })),
};

const missingSchema = {
  type: 'object',
  properties: { policy: { enum: ['points', 'exclude', 'fail'] } },
  required: ['policy'],
  if: when('policy', 'points'),
  then: { properties: { policy: true, points: pointsSchema }, required: ['points'], additionalProperties: false },
  else: { properties: { policy: true }, additionalProperties: false },
};

const factorSchema = {
  type: 'object',
  properties: {
    id: idSchema,
    name: localizedTextSchema,
    weight: { type: 'integer', minimum: 0, maximum: 10_000 },
    method: methodSchema,
    missing: missingSchema,
  },
  required: ['id', 'name', 'weight', 'method', 'missing'],
  additionalProperties: false,
};

const modifierSchema = {
  type: 'object',
  properties: {
    id: idSchema,
    dimension: idSchema,
    values: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          value: { type: 'string', minLength: 1, maxLength: 200 },
          multipliers: { type: 'object', propertyNames: idSchema, additionalProperties: { type: 'number', minimum: 0, maximum: 10 } },
        },
        required: ['value', 'multipliers'],
        additionalProperties: false,
      },
    },
  },
  required: ['id', 'dimension', 'values'],
  additionalProperties: false,
};

/** A grade code as users write it: AAA, A+, 优. */
const gradeCodeSchema = { type: 'string', minLength: 1, maxLength: 16, pattern: '^\\S+$' } as const;

const gradeSchema = {
  type: 'object',
  properties: {
    id: idSchema,
    grade: gradeCodeSchema,
    label: localizedTextSchema,
    color: { type: 'string', pattern: '^#[0-9a-fA-F]{6}$' },
    min: { type: 'number', minimum: -1e9, maximum: 1e9 },
    max: { type: 'number', minimum: -1e9, maximum: 1e9 },
  },
  required: ['id', 'grade', 'label', 'color', 'min'],
  additionalProperties: false,
};

const actionSchema = {
  type: 'object',
  properties: { kind: { enum: ['cap', 'force', 'flag'] } },
  required: ['kind'],
  if: when('kind', 'flag'),
  then: { properties: { kind: true, flag: idSchema, label: localizedTextSchema }, required: ['flag', 'label'], additionalProperties: false },
  else: { properties: { kind: true, grade: gradeCodeSchema }, required: ['grade'], additionalProperties: false },
};

const overrideSchema = {
  type: 'object',
  properties: { id: idSchema, name: localizedTextSchema, when: { $ref: '#/$defs/condition' }, action: actionSchema },
  required: ['id', 'when', 'action'],
  additionalProperties: false,
};

const policySchema = {
  type: 'object',
  properties: {
    id: idSchema,
    name: localizedTextSchema,
    type: { enum: ['money', 'number', 'days', 'text'] },
    byGrade: { type: 'object', propertyNames: gradeCodeSchema, additionalProperties: { type: 'string', minLength: 1, maxLength: 2000 } },
  },
  required: ['id', 'name', 'type', 'byGrade'],
  additionalProperties: false,
};

/**
 * The scorecard definition's schema.
 *
 * @example
 * schemaChecker(scorecardSchema)({ kind: 'scorecard' }) // problems: "id" is required, ...
 */
export const scorecardSchema = {
  type: 'object',
  properties: {
    kind: { const: 'scorecard' },
    id: idSchema,
    name: localizedTextSchema,
    description: localizedTextSchema,
    form: idSchema,
    precision: { type: 'integer', minimum: 0, maximum: 4 },
    factors: { type: 'array', minItems: 1, maxItems: 100, items: factorSchema },
    modifiers: { type: 'array', maxItems: 3, items: modifierSchema },
    grades: { type: 'array', minItems: 1, maxItems: 20, items: gradeSchema },
    overrides: { type: 'array', maxItems: 100, items: overrideSchema },
    policies: { type: 'array', maxItems: 50, items: policySchema },
  },
  required: ['kind', 'id', 'name', 'form', 'precision', 'factors', 'grades'],
  additionalProperties: false,
  $defs: { ...conditionDefs },
} as const;
