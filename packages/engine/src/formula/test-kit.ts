/** @module Shared fixtures for the formula tests: a credit-profile catalog and a runner. */
import { catalogOf, type FieldCatalog } from '../core/catalog.js';
import type { Problem } from '../core/problem.js';
import { compileFormula } from './compile.js';
import type { FormulaValue } from './types.js';

/** A customer credit profile, as a form compiler would describe it. */
export const catalog: FieldCatalog = catalogOf([
  { id: 'annual_sales', type: 'money', kind: 'number' },
  { id: 'total_liabilities', type: 'money', kind: 'number' },
  { id: 'total_assets', type: 'money', kind: 'number' },
  { id: 'ratio', type: 'percent', kind: 'number' },
  { id: 'name', type: 'text', kind: 'text' },
  { id: 'industry', type: 'single_select', kind: 'text', options: ['retail', 'manufacturing'] },
  { id: 'tags', type: 'multi_select', kind: 'list', options: ['vip', 'new'] },
  { id: 'listed', type: 'boolean', kind: 'boolean' },
  { id: 'founded', type: 'date', kind: 'date' },
  { id: 'reviewed_at', type: 'datetime', kind: 'datetime' },
  {
    id: 'financials',
    type: 'sub_table',
    kind: 'table',
    columns: catalogOf([
      { id: 'year', type: 'text', kind: 'text' },
      { id: 'revenue', type: 'money', kind: 'number' },
      { id: 'audited', type: 'boolean', kind: 'boolean' },
    ]),
  },
]);

/** Today, as the caller would supply it. */
export const env = { today: '2024-05-01' } as const;

/**
 * Compiles `source` against {@link catalog} and evaluates it on `record`; throws with the
 * problems when it does not compile, so a test fails loudly.
 */
export function run(source: string, record: Readonly<Record<string, unknown>> = {}): FormulaValue {
  const compiled = compileFormula(source, catalog);
  if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.message).join('\n'));
  return compiled.value.evaluate(record, env);
}

/** The problems compiling `source` yields (empty when it compiles). */
export function problemsOf(source: string): Problem[] {
  const compiled = compileFormula(source, catalog, '/formula');
  return compiled.ok ? [] : compiled.problems;
}
