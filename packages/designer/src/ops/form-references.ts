/** @module What names a field inside its form (formulas, visibility and requirement conditions), and renaming a field's id everywhere it is named. */
import { conditionFacts, isId, parseFormula } from '@heng/engine';
import type { Condition, FieldDefinition, FormDefinition, FormulaNode } from '@heng/engine';
import { fieldAt, siblingsOf, updateField, updateSiblings } from './form-fields.js';
import type { FieldRef } from './form-fields.js';
import { followListColumn } from './form-list-columns.js';
import { CONDITION_PROPS } from './form-props.js';
import type { ConditionProp } from './form-props.js';
import { renameRowField } from './form-row-access.js';

type NameNode = Extract<FormulaNode, { readonly type: 'field' | 'column' }>;

/** Every field or `table.column` name in a formula, with where it is written. */
function namesIn(node: FormulaNode): NameNode[] {
  switch (node.type) {
    case 'field':
    case 'column':
      return [node];
    case 'negate':
      return namesIn(node.operand);
    case 'binary':
      return [...namesIn(node.left), ...namesIn(node.right)];
    case 'call':
      return node.args.flatMap(namesIn);
    default:
      return [];
  }
}

const namesOf = (source: string): NameNode[] => {
  const { ast } = parseFormula(source);
  return ast === undefined ? [] : namesIn(ast);
};

/** Whether a name in a formula of the form's fields (`inTable` false) or of a table's columns names `ref`. */
function names(node: NameNode, ref: FieldRef, inTable: boolean): boolean {
  if (ref.table === undefined) return inTable ? false : node.type === 'field' ? node.id === ref.id : node.table === ref.id;
  return inTable ? node.type === 'field' && node.id === ref.id : node.type === 'column' && node.table === ref.table && node.column === ref.id;
}

/** A field (or column) that names another, and where. */
export interface FieldUsage {
  readonly by: FieldRef;
  readonly where: 'formula' | ConditionProp | 'filter' | 'serialDate';
}

/**
 * The fields whose formula, visibility or requirement condition, reference filter or auto number's date names `ref`, to show before it is removed.
 * A column is named by its table's other columns and by form formulas as `table.column`.
 *
 * @example
 * fieldUsages(form, { id: 'total_assets' }) // [{ by: { id: 'equity' }, where: 'formula' }, { by: { id: 'debt_ratio' }, where: 'formula' }]
 */
export function fieldUsages(def: FormDefinition, ref: FieldRef): FieldUsage[] {
  const out: FieldUsage[] = [];
  const scan = (fields: readonly FieldDefinition[], table: string | undefined) => {
    for (const f of fields) {
      if (f.id === ref.id && table === ref.table) continue;
      const by = table === undefined ? { id: f.id } : { id: f.id, table };
      if (f.type === 'formula' && namesOf(f.formula).some((n) => names(n, ref, table !== undefined))) out.push({ by, where: 'formula' });
      for (const prop of CONDITION_PROPS) {
        const condition = f[prop];
        if (table === undefined && ref.table === undefined && condition !== undefined && conditionFacts(condition).includes(ref.id)) out.push({ by, where: prop });
      }
      if (table === undefined && ref.table === undefined && f.type === 'reference' && (f.filter ?? []).some((e) => 'sameAs' in e && e.sameAs === ref.id)) out.push({ by, where: 'filter' });
      if (table === undefined && ref.table === undefined && f.type === 'serial' && f.dateField === ref.id) out.push({ by, where: 'serialDate' });
    }
  };
  scan(def.fields, undefined);
  if (ref.table !== undefined) scan(siblingsOf(def, ref), ref.table);
  return out;
}

/** The formula with every name of `ref` rewritten to `to`; unchanged when it does not parse. */
function renameIn(source: string, ref: FieldRef, to: string, inTable: boolean): string {
  const hits = namesOf(source).filter((n) => names(n, ref, inTable));
  return hits
    .sort((a, b) => b.start - a.start)
    .reduce((s, n) => {
      const text = n.type === 'field' ? to : ref.table === undefined ? `${to}.${n.column}` : `${n.table}.${to}`;
      return s.slice(0, n.start) + text + s.slice(n.end);
    }, source);
}

function renameFacts(c: Condition, from: string, to: string): Condition {
  if ('all' in c) return { ...c, all: c.all.map((x) => renameFacts(x, from, to)) };
  if ('any' in c) return { ...c, any: c.any.map((x) => renameFacts(x, from, to)) };
  if ('not' in c) return { ...c, not: renameFacts(c.not, from, to) };
  const v: unknown = c.value;
  const value = typeof v === 'object' && v !== null && 'fact' in v && (v as { fact: unknown }).fact === from ? { ...v, fact: to } : c.value;
  return { ...c, fact: c.fact === from ? to : c.fact, value };
}

/** Why `to` cannot be the id of `ref`: not an id, or another field (column) has it. */
export type IdProblem = 'invalid' | 'taken';

/**
 * Whether `to` may become the id of `ref`.
 *
 * @example
 * idProblem(form, { id: 'money_1' }, 'annual_sales') // 'taken'
 */
export function idProblem(def: FormDefinition, ref: FieldRef, to: string): IdProblem | undefined {
  if (!isId(to)) return 'invalid';
  return to !== ref.id && siblingsOf(def, ref).some((f) => f.id === to) ? 'taken' : undefined;
}

/**
 * Gives field `ref` the id `to`, and rewrites its sections, every formula and visibility or
 * requirement condition of the form that names it, its reference filters, the auto numbers dated by it, row access rules and list columns, so the form means what it meant. Unchanged when `to`
 * is not a free id. (Scorecards, rule sets and flows naming the field are other definitions:
 * the server reports them when they are checked against the new version.)
 *
 * @example
 * renameField(form, { id: 'total_assets' }, 'assets').fields.find((f) => f.id === 'equity')?.formula // 'assets - total_liabilities'
 */
export function renameField(def: FormDefinition, ref: FieldRef, to: string): FormDefinition {
  if (to === ref.id || idProblem(def, ref, to) !== undefined || fieldAt(def, ref) === undefined) return def;
  const rewrite = (f: FieldDefinition, inTable: boolean): FieldDefinition => {
    let next = f;
    if (next.type === 'formula') {
      const formula = renameIn(next.formula, ref, to, inTable);
      if (formula !== next.formula) next = { ...next, formula };
    }
    for (const prop of CONDITION_PROPS) {
      const condition = next[prop];
      if (!inTable && ref.table === undefined && condition !== undefined && conditionFacts(condition).includes(ref.id)) next = { ...next, [prop]: renameFacts(condition, ref.id, to) };
    }
    if (!inTable && ref.table === undefined && next.type === 'reference' && next.filter !== undefined) {
      // A filter's sameAs names this form's fields, and its field too when the reference points at this form.
      const self = next.target === def.id;
      next = { ...next, filter: next.filter.map((e) => ({ ...e, ...('sameAs' in e && e.sameAs === ref.id ? { sameAs: to } : {}), ...(self && e.field === ref.id ? { field: to } : {}) })) };
    }
    if (!inTable && ref.table === undefined && next.type === 'serial' && next.dateField === ref.id) next = { ...next, dateField: to };
    return next;
  };
  let out = updateField(def, ref, (f) => ({ ...f, id: to }));
  const moved = ref.table === undefined ? { id: to } : { id: to, table: ref.table };
  out = { ...out, fields: out.fields.map((f) => rewrite(f, false)) };
  if (ref.table !== undefined) out = updateSiblings(out, moved, (cols) => cols.map((c) => rewrite(c, true)));
  if (ref.table === undefined) {
    out = { ...out, sections: out.sections.map((s) => (s.fields.includes(ref.id) ? { ...s, fields: s.fields.map((id) => (id === ref.id ? to : id)) } : s)) };
    // Row access and list columns name top-level fields only; left on the old id, they would fail the form.
    out = followListColumn(renameRowField(out, ref.id, to), ref.id, to);
  }
  return out;
}
