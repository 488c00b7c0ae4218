/** @module The JSON Schema of a form definition, built from the field type registry. */
import { conditionDefs } from '../condition/index.js';
import { ID_PATTERN, idSchema } from '../core/ids.js';
import { localizedTextSchema } from '../core/localized.js';
import { MAX_COLUMNS } from './list-columns.js';
import { MAX_SUMMARY_FIELDS } from './summary-fields.js';
import { COLUMN_TYPES, FIELD_TYPES, fieldTypes } from './fields/index.js';
import { TEXT_FORMATS } from './fields/formats.js';
import type { FieldTypeSpec } from './fields/spec.js';
import type { FieldType, RuleName } from './types.js';

type Schema = Record<string, unknown>;

/** Upper bounds that keep one definition a size a person can design and a server can hold. */
const LIMITS = { fields: 500, sections: 100, accessRoles: 50, rowRules: 50, checks: 50, patternLength: 500, textLength: 100_000 } as const;

function ruleSchema(rule: RuleName, spec: FieldTypeSpec): Schema {
  switch (rule) {
    case 'min':
    case 'max':
      return spec.bound ?? { type: 'number' };
    case 'minLength':
    case 'maxLength':
      return { type: 'integer', minimum: 0, maximum: LIMITS.textLength };
    case 'pattern':
      return {
        type: 'object',
        properties: { regex: { type: 'string', minLength: 1, maxLength: LIMITS.patternLength }, message: localizedTextSchema },
        required: ['regex'],
        additionalProperties: false,
      };
    case 'format':
      return { enum: TEXT_FORMATS };
    case 'unique':
      return { type: 'boolean' };
  }
}

/** One branch per type: its own properties and the rules it accepts (`unique` never in a column). */
function typeBranch(type: FieldType, column: boolean): Schema {
  const spec: FieldTypeSpec = fieldTypes[type];
  const rules = spec.rules.filter((r) => !(column && r === 'unique'));
  return {
    if: { properties: { type: { const: type } }, required: ['type'] },
    then: {
      properties: {
        ...spec.props.properties,
        rules: { type: 'object', properties: Object.fromEntries(rules.map((r) => [r, ruleSchema(r, spec)])), additionalProperties: false },
      },
      required: [...spec.props.required],
    },
  };
}

/** A field (or, with `column`, a sub-table column: no visibility or conditional requirement, no access, no nesting). */
function fieldSchema(types: readonly FieldType[], column: boolean): Schema {
  const perField = column
    ? {}
    : {
        visibleWhen: { $ref: '#/$defs/condition' },
        requiredWhen: { $ref: '#/$defs/condition' },
        access: {
          type: 'object',
          propertyNames: idSchema,
          additionalProperties: { enum: ['hidden', 'read', 'write'] },
          maxProperties: LIMITS.accessRoles,
        },
      };
  return {
    type: 'object',
    properties: {
      id: idSchema,
      type: { enum: [...types] },
      label: localizedTextSchema,
      help: localizedTextSchema,
      required: { type: 'boolean' },
      default: true,
      ...perField,
    },
    required: ['id', 'type', 'label'],
    allOf: types.map((t) => typeBranch(t, column)),
    unevaluatedProperties: false,
  };
}

const sectionSchema = {
  type: 'object',
  properties: {
    id: idSchema,
    label: localizedTextSchema,
    columns: { enum: [1, 2, 3, 4] },
    fields: { type: 'array', items: idSchema, maxItems: LIMITS.fields },
  },
  required: ['id', 'label', 'columns', 'fields'],
  additionalProperties: false,
};

const checksSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: { id: idSchema, field: idSchema, condition: { $ref: '#/$defs/condition' }, message: localizedTextSchema },
    required: ['id', 'field', 'condition', 'message'],
    additionalProperties: false,
  },
  maxItems: LIMITS.checks,
};

const rowAccessSchema = {
  type: 'array',
  items: { type: 'object', properties: { role: idSchema, field: idSchema }, required: ['role', 'field'], additionalProperties: false },
  maxItems: LIMITS.rowRules,
};

const rolesSchema = { type: 'array', items: idSchema, maxItems: LIMITS.accessRoles, uniqueItems: true };

const permissionsSchema = {
  type: 'object',
  properties: { create: rolesSchema, update: rolesSchema, delete: rolesSchema },
  additionalProperties: false,
};

/**
 * The JSON Schema (draft 2020-12, ajv strict) of a whole form definition. Semantic checks
 * (ids, sections, formulas, conditions, references) follow it in `validateForm`.
 *
 * @example
 * schemaChecker(formSchema)({ kind: 'form' }) // [{ path: '/id', code: 'schema.required', ... }, ...]
 */
export const formSchema: Readonly<Schema> = {
  type: 'object',
  properties: {
    kind: { const: 'form' },
    id: idSchema,
    name: localizedTextSchema,
    description: localizedTextSchema,
    fields: { type: 'array', items: { $ref: '#/$defs/field' }, maxItems: LIMITS.fields },
    sections: { type: 'array', items: { $ref: '#/$defs/section' }, maxItems: LIMITS.sections },
    rowAccess: rowAccessSchema,
    permissions: permissionsSchema,
    titleField: idSchema,
    stateField: idSchema,
    checks: checksSchema,
    listColumns: { type: 'array', items: idSchema, maxItems: MAX_COLUMNS, uniqueItems: true },
    listSort: { type: 'string', pattern: `^-?${ID_PATTERN.slice(1)}` },
    summaryFields: { type: 'array', items: idSchema, maxItems: MAX_SUMMARY_FIELDS, uniqueItems: true },
  },
  required: ['kind', 'id', 'name', 'fields', 'sections'],
  additionalProperties: false,
  $defs: {
    ...conditionDefs,
    field: fieldSchema(FIELD_TYPES, false),
    column: fieldSchema(COLUMN_TYPES, true),
    section: sectionSchema,
  },
};
