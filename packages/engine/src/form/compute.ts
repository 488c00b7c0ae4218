/** @module A record as stored: date-times in canonical UTC, then formula fields computed in dependency order, sub-table rows first. */
import { toUtcDatetime } from '../core/calendar.js';
import { roundHalfUp } from '../core/decimal.js';
import { isPlainObject } from '../core/json.js';
import { settleMoney } from '../core/money.js';
import { ownValue } from '../core/own.js';
import type { FieldCatalog } from '../core/catalog.js';
import { compileFormula, readValue, type CompiledFormula, type FormulaEnv, type FormulaValue } from '../formula/index.js';
import { columnCatalog, formCatalog } from './catalog.js';
import { resultKinds } from './fields/computed-value.js';
import { formulaOrder } from './graph.js';
import type { FieldDefinition, FormDefinition, FormRecord, FormulaField } from './types.js';

interface Step {
  readonly field: FormulaField;
  readonly formula: CompiledFormula;
}

/** A record (or a row) with its formulas computed. */
export type Computer = (record: FormRecord, env: FormulaEnv) => Record<string, unknown>;

/**
 * The value stored for a formula result: the result type's shape and precision, or null.
 *
 * @example
 * storedResult({ ...field, resultType: 'money' }, 1234.567) // 1234.57
 * storedResult({ ...field, resultType: 'percent', decimals: 1 }, 0.12345) // 0.123
 */
export function storedResult(field: FormulaField, value: FormulaValue): number | string | boolean | null {
  if (field.resultType === 'money') return settleMoney(value);
  // Result kinds are scalar (never a list or a table), so what readValue keeps is one of these.
  const v = readValue(value, resultKinds[field.resultType]) as number | string | boolean | null;
  if (typeof v !== 'number' || field.decimals === undefined) return v;
  return roundHalfUp(v, field.decimals + (field.resultType === 'percent' ? 2 : 0));
}

/** Compiles one scope's formulas in the order they must run. Throws on an unvalidated definition. */
function plan(fields: readonly FieldDefinition[], catalog: FieldCatalog): Step[] {
  const formulas = new Map<string, Step>();
  for (const field of fields) {
    if (field.type !== 'formula') continue;
    const compiled = compileFormula(field.formula, catalog);
    if (!compiled.ok) throw new Error(`Formula of "${field.id}" does not compile: ${compiled.problems.map((p) => p.message).join(' ')} Validate the form first.`);
    formulas.set(field.id, { field, formula: compiled.value });
  }
  const { order, cycles } = formulaOrder(new Map([...formulas].map(([id, s]) => [id, s.formula.references])));
  if (cycles.length > 0) throw new Error(`Formulas form a cycle (${cycles.map((c) => c.join(' → ')).join('; ')}). Validate the form first.`);
  return order.map((id) => formulas.get(id) as Step);
}

/** One scope (the form, or a sub-table's rows): its date-time fields and its formulas in order. */
interface Scope {
  readonly datetimes: readonly string[];
  readonly steps: readonly Step[];
}

function scopeOf(fields: readonly FieldDefinition[], catalog: FieldCatalog): Scope {
  return { datetimes: fields.filter((f) => f.type === 'datetime').map((f) => f.id), steps: plan(fields, catalog) };
}

/**
 * A copy of `record` with its date-times in canonical UTC (a value that is not a date-time is
 * left for validation to report) and its formulas computed. Canonical UTC sorts as text in the
 * order of the instants, which is how conditions (and json-rules-engine) compare date-times.
 */
function run(scope: Scope, record: FormRecord, env: FormulaEnv): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const id of scope.datetimes) {
    const utc = toUtcDatetime(ownValue(out, id));
    if (utc !== null) out[id] = utc;
  }
  for (const { field, formula } of scope.steps) out[field.id] = storedResult(field, formula.evaluate(out, env));
  return out;
}

/**
 * Compiles a valid form once and returns the function that turns a record into the record to
 * store: date-times (sub-table cells too) rewritten in canonical UTC, formulas computed. Row
 * formulas of each sub-table run on every row first, since a form formula may sum a computed column.
 *
 * @example
 * const compute = computer(form);
 * compute({ total_assets: 1000, total_liabilities: 600 }, { today: '2024-05-01' }).debt_ratio // 0.6
 * compute({ reviewed_at: '2024-03-01T10:00+08:00' }, env).reviewed_at // '2024-03-01T02:00:00.000Z'
 */
export function computer(def: FormDefinition): Computer {
  const tables = def.fields
    .flatMap((f) => (f.type === 'sub_table' ? [{ id: f.id, scope: scopeOf(f.columns, columnCatalog(f.columns)) }] : []))
    .filter((t) => t.scope.steps.length > 0 || t.scope.datetimes.length > 0);
  const scope = scopeOf(def.fields, formCatalog(def));
  return (record, env) => {
    const withRows: Record<string, unknown> = { ...record };
    for (const t of tables) {
      const rows = ownValue(withRows, t.id);
      if (Array.isArray(rows)) withRows[t.id] = rows.map((row: unknown) => (isPlainObject(row) ? run(t.scope, row, env) : row));
    }
    return run(scope, withRows, env);
  };
}
