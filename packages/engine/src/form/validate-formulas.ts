/** @module Semantic checks of formulas: each against the fields it may name, result types, and cycles. */
import { KIND_NAMES, type FieldCatalog, type ValueKind } from '../core/catalog.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { compileFormula, formulaResults } from '../formula/index.js';
import { columnCatalog, formCatalog } from './catalog.js';
import { resultKinds } from './fields/computed-value.js';
import { fieldTypes } from './fields/index.js';
import { formulaOrder } from './graph.js';
import type { FieldDefinition, FormDefinition, FormulaField } from './types.js';

/** Formulas of one scope (the form's fields, or one sub-table's columns) against `catalog`. */
function checkScope(fields: readonly FieldDefinition[], catalog: FieldCatalog, base: string): Problem[] {
  const out: Problem[] = [];
  const reads = new Map<string, readonly string[]>();
  const paths = new Map<string, string>();
  fields.forEach((field, i) => {
    if (field.type !== 'formula') return;
    const at = pointer(base, i, 'formula');
    const compiled = compileFormula(field.formula, catalog, at);
    if (!compiled.ok) {
      out.push(...compiled.problems);
      return;
    }
    out.push(...checkResult(field, compiled.value.kind, pointer(base, i, 'resultType')), ...unlabelled(field, pointer(base, i, 'options')));
    reads.set(field.id, compiled.value.references);
    paths.set(field.id, at);
  });
  for (const cycle of formulaOrder(reads).cycles) {
    const shown = cycle.join(' → ');
    for (const id of new Set(cycle)) {
      out.push(problem(paths.get(id) ?? base, 'formula.cycle', `Formulas refer to each other in a cycle: ${shown}. Remove one of these references.`, `公式之间存在循环引用：${shown}。请去掉其中一个引用。`));
    }
  }
  return out;
}

function checkResult(field: FormulaField, kind: ValueKind, at: string): Problem[] {
  if (resultKinds[field.resultType] === kind) return [];
  const k = KIND_NAMES[kind];
  const type = fieldTypes[field.resultType].label;
  return [problem(at, 'formula.resultType', `The formula gives ${k.en}, but the result type is ${type.en}: change the result type or the formula.`, `公式结果为${k.zh}，但结果类型为${type['zh-CN']}，请修改结果类型或公式。`)];
}

/** A labelled text formula whose IF branches end in a text none of its labels names (a typo, or a label to add). */
function unlabelled(field: FormulaField, at: string): Problem[] {
  if (field.options === undefined || field.resultType !== 'text') return [];
  const ids = new Set(field.options.map((o) => o.id));
  return (formulaResults(field.formula) ?? []).flatMap((r) =>
    r.kind !== 'text' || r.value === '' || ids.has(r.value)
      ? []
      : [problem(at, 'formula.unlabelled_value', `The formula can give "${r.value}" (column ${r.column}), which no value label names: add a label for it, or correct the formula.`, `公式可能给出 "${r.value}"（第 ${r.column} 列），但没有它的值标签：请为其添加标签，或修改公式。`)],
  );
}

/**
 * Every formula checked against what it may name: a field's formula against the form's fields,
 * a sub-table column's formula against that table's columns; result types; the texts a labelled
 * formula gives; dependency cycles.
 *
 * @example
 * checkFormulas(form) // [{ path: '/fields/3/formula', code: 'formula.cycle', message: 'Formulas refer to each other in a cycle: a → b → a. ...' }, ...]
 */
export function checkFormulas(def: FormDefinition): Problem[] {
  const tables = def.fields.flatMap((f, i) => (f.type === 'sub_table' ? checkScope(f.columns, columnCatalog(f.columns), pointer('/fields', i, 'columns')) : []));
  return [...checkScope(def.fields, formCatalog(def), '/fields'), ...tables];
}
