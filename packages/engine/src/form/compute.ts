/** @module Formula fields computed in dependency order: sub-table rows first, then the form's fields. */
import { roundHalfUp } from '../core/decimal.js';
import type { FieldCatalog } from '../core/catalog.js';
import { compileFormula, type CompiledFormula, type FormulaEnv, type FormulaValue } from '../formula/index.js';
import { columnCatalog, formCatalog } from './catalog.js';
import { isCalendarDate } from './fields/calendar.js';
import { MONEY_LIMIT } from './fields/money.js';
import { formulaOrder } from './graph.js';
import type { FieldDefinition, FormDefinition, FormRecord, FormulaField } from './types.js';
import { isPlainObject } from './values.js';

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
  switch (field.resultType) {
    case 'text':
      return typeof value === 'string' ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'date':
      return isCalendarDate(value) ? value : null;
    case 'money': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return null;
      const v = roundHalfUp(value, 2);
      return Math.abs(v) > MONEY_LIMIT ? null : v;
    }
    default: {
      if (typeof value !== 'number' || !Number.isFinite(value)) return null;
      const places = field.decimals === undefined ? undefined : field.decimals + (field.resultType === 'percent' ? 2 : 0);
      return places === undefined ? value : roundHalfUp(value, places);
    }
  }
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

function run(steps: readonly Step[], record: FormRecord, env: FormulaEnv): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const { field, formula } of steps) out[field.id] = storedResult(field, formula.evaluate(out, env));
  return out;
}

/**
 * Compiles a valid form's formulas once and returns the function computing them. Row formulas
 * of each sub-table run on every row first, since a form formula may sum a computed column.
 *
 * @example
 * const compute = computer(form);
 * compute({ total_assets: 1000, total_liabilities: 600 }, { today: '2024-05-01' }).debt_ratio // 0.6
 */
export function computer(def: FormDefinition): Computer {
  const tables = def.fields.flatMap((f) => (f.type === 'sub_table' ? [{ id: f.id, steps: plan(f.columns, columnCatalog(f.columns)) }] : [])).filter((t) => t.steps.length > 0);
  const steps = plan(def.fields, formCatalog(def));
  return (record, env) => {
    const withRows: Record<string, unknown> = { ...record };
    for (const t of tables) {
      const rows = withRows[t.id];
      if (Array.isArray(rows)) withRows[t.id] = rows.map((row: unknown) => (isPlainObject(row) ? run(t.steps, row, env) : row));
    }
    return run(steps, withRows, env);
  };
}
