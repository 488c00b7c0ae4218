/** @module JSON Schema of a dashboard definition (ajv 2020, strict); where-conditions in json-rules-engine's format. */
import { idSchema } from '../core/ids.js';
import { localizedTextSchema } from '../core/localized.js';
import { conditionDefs } from '../condition/index.js';
import { CHART_TYPES, MAX_CHART_LIMIT } from './chart-types.js';
import { SCORE_COLUMN_PATTERN } from './score-columns.js';

/** Limits of a dashboard: a page people read, not a report generator. */
export const MAX_CHARTS = 40;
export const MAX_FILTERS = 10;

/** A field of the chart's form, `reference.field` (one step through a reference field), or a score column (`grade:credit_score`). */
const fieldPathSchema = { type: 'string', pattern: `^([A-Za-z][A-Za-z0-9_]{0,63}(\\.[A-Za-z][A-Za-z0-9_]{0,63})?|${SCORE_COLUMN_PATTERN})$` } as const;

/** A field of the form, or a score column of its scorecard. */
const columnSchema = { type: 'string', pattern: `^([A-Za-z][A-Za-z0-9_]{0,63}|${SCORE_COLUMN_PATTERN})$` } as const;

const dimensionSchema = {
  type: 'object',
  properties: {
    field: fieldPathSchema,
    // Chosen by type, so a broken bucket gets the errors of its own shape only.
    bucket: {
      if: { type: 'string' },
      then: { enum: ['month', 'quarter'] },
      else: { type: 'object', properties: { width: { type: 'number', exclusiveMinimum: 0, maximum: 1e15 }, max: { type: 'number', minimum: -1e15, maximum: 1e15 } }, required: ['width'], additionalProperties: false },
    },
    labels: { type: 'object', maxProperties: 100, propertyNames: { minLength: 1, maxLength: 200 }, additionalProperties: localizedTextSchema },
    order: { type: 'array', maxItems: 100, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 200 } },
  },
  required: ['field'],
  additionalProperties: false,
} as const;

const aggregateSchema = {
  type: 'object',
  properties: { aggregate: { enum: ['count', 'sum', 'avg', 'min', 'max'] }, field: columnSchema },
  required: ['aggregate'],
  additionalProperties: false,
} as const;

const metricSchema = {
  type: 'object',
  if: { properties: { ratio: true }, required: ['ratio'] },
  then: {
    properties: {
      ratio: { type: 'array', prefixItems: [aggregateSchema, aggregateSchema], minItems: 2, maxItems: 2 },
      scale: { if: { type: 'string' }, then: { const: 'bucketDays' }, else: { type: 'number', exclusiveMinimum: 0, maximum: 1e9 } },
    },
    required: ['ratio'],
    additionalProperties: false,
  },
  else: aggregateSchema,
} as const;

const chartSchema = {
  type: 'object',
  properties: {
    id: idSchema,
    title: localizedTextSchema,
    type: { enum: CHART_TYPES },
    form: idSchema,
    groupBy: dimensionSchema,
    series: dimensionSchema,
    metric: metricSchema,
    metricLabel: localizedTextSchema,
    unit: { enum: ['days'] },
    where: { $ref: '#/$defs/condition' },
    sort: {
      type: 'object',
      properties: { by: { enum: ['value', 'group'] }, order: { enum: ['asc', 'desc'] } },
      required: ['by', 'order'],
      additionalProperties: false,
    },
    limit: { type: 'integer', minimum: 1, maximum: MAX_CHART_LIMIT },
  },
  required: ['id', 'title', 'type', 'form', 'metric'],
  additionalProperties: false,
} as const;

/**
 * JSON Schema of a whole dashboard definition; the server validates request bodies with it too.
 *
 * @example
 * schemaChecker(dashboardSchema)({ kind: 'dashboard' }) // [{ path: '/id', code: 'schema.required', ... }, ...]
 */
export const dashboardSchema = {
  type: 'object',
  properties: {
    kind: { const: 'dashboard' },
    id: idSchema,
    name: localizedTextSchema,
    description: localizedTextSchema,
    filters: {
      type: 'array',
      maxItems: MAX_FILTERS,
      items: {
        type: 'object',
        properties: { id: idSchema, field: columnSchema, form: idSchema, label: localizedTextSchema },
        required: ['id', 'field'],
        additionalProperties: false,
      },
    },
    charts: { type: 'array', items: chartSchema, minItems: 1, maxItems: MAX_CHARTS },
  },
  required: ['kind', 'id', 'name', 'filters', 'charts'],
  additionalProperties: false,
  $defs: { ...conditionDefs },
} as const;
