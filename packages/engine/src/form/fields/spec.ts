/** @module The contract of one field type: its schemas, its value check and its definition checks. */
import type { ValueKind } from '../../core/catalog.js';
import type { ReferenceContext } from '../../core/context.js';
import type { LocalizedText } from '../../core/localized.js';
import type { Problem } from '../../core/problem.js';
import type { FieldDefinition, RuleName, SubTableField } from '../types.js';

type Schema = Readonly<Record<string, unknown>>;

/** Where a value sits and how to name it in a message. */
export interface ValueContext {
  /** JSON Pointer of the value (into a record, or into the definition for a default). */
  readonly path: string;
  /** The field's label, or "Phone (Contacts row 3)" for a cell. */
  readonly label: LocalizedText;
  /** `YYYY-MM-DD`, for `"today"` date rules; absent when checking a definition's default. */
  readonly today?: string;
  /** Checks a sub-table's rows: the record checker passes itself, so specs need no registry. */
  readonly checkRows?: (table: SubTableField, rows: readonly unknown[], ctx: ValueContext) => Problem[];
}

/** Where a field sits in its definition and what it may refer to. */
export interface DefinitionContext {
  /** JSON Pointer of the field in the definition. */
  readonly path: string;
  /** The id of the form being checked (a reference to itself is fine). */
  readonly formId: string;
  readonly refs: ReferenceContext;
}

/**
 * One field type. Registered in `fields/index.ts` with `satisfies Record<FieldType, FieldTypeSpec>`,
 * so a new type is one file and a missing part fails to compile.
 *
 * @example
 * fieldTypes.money.checkValue(1.234, field, { path: '/annual_sales', label })
 * // [{ code: 'value.decimals', message: 'Annual sales allows at most 2 decimals: round 1.234 to 1.23.', ... }]
 */
export interface FieldTypeSpec<F extends FieldDefinition = FieldDefinition> {
  /** How the value behaves in formulas and conditions (a formula's depends on its result type). */
  kind(field: F): ValueKind;
  /** The type's name in both languages, for messages and the designer's palette. */
  readonly label: LocalizedText;
  /** JSON Schema of the type-specific properties (merged into the field schema). */
  readonly props: { readonly properties: Readonly<Record<string, Schema>>; readonly required: readonly string[] };
  /** Rules this type accepts; any other rule is a schema error. */
  readonly rules: readonly RuleName[];
  /** JSON Schema of `min` and `max`, for types that accept them. */
  readonly bound?: Schema;
  /** JSON Schema of a (non-empty) record value; `cell` gives a column's schema, for sub-tables. */
  valueSchema(field: F, cell: (column: FieldDefinition) => Schema): Schema;
  /** Problems with a non-empty value: its type, then its rules. */
  checkValue(value: unknown, field: F, ctx: ValueContext): Problem[];
  /** Problems with the field's own properties (options, target, rule bounds). */
  checkDefinition(field: F, ctx: DefinitionContext): Problem[];
}
