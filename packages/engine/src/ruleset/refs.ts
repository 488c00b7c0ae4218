/** @module Checks of the ids a rule set names: fields of its form, roles, flows, scorecards, forms. */
import type { FieldCatalog, FieldInfo } from '../core/catalog.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';

/** What a field named in a given place must be, said for a message. */
export interface FieldWant {
  readonly types: readonly string[];
  readonly en: string;
  readonly zh: string;
}

/** A user field: who a notification or a task goes to. */
export const USER_FIELD: FieldWant = { types: ['user'], en: 'a user field', zh: '人员字段' };
/** A reference field: the record an action acts on instead of this one. */
export const REFERENCE_FIELD: FieldWant = { types: ['reference'], en: 'a reference field', zh: '关联字段' };

/**
 * Problems with a field id: unknown in `catalog`, or not of a wanted type. A `null` catalog
 * (the rule set's form is unknown, already reported) yields none.
 *
 * @example
 * checkFieldRef(catalog, 'salesman', '/rules/0/actions/1/to/field', USER_FIELD)
 * // [{ code: 'ruleset.field.unknown', message: 'Unknown field "salesman". Did you mean "salesperson"?', ... }]
 */
export function checkFieldRef(catalog: FieldCatalog | null, id: string, path: string, want?: FieldWant): Problem[] {
  if (catalog === null) return [];
  const field: FieldInfo | undefined = catalog.get(id);
  if (field === undefined) {
    const h = hint(id, [...catalog.keys()]);
    return [problem(path, 'ruleset.field.unknown', `Unknown field "${id}".${h.en}`, `未知字段 "${id}"。${h.zh}`)];
  }
  if (want !== undefined && !want.types.includes(field.type)) {
    const fits = [...catalog.values()].filter((f) => want.types.includes(f.type)).map((f) => f.id);
    const known = fits.length > 0 ? ` Such fields: ${fits.join(', ')}.` : '';
    const knownZh = fits.length > 0 ? `可选：${fits.join(', ')}。` : '';
    return [
      problem(
        path,
        'ruleset.field.type',
        `"${id}" is a ${field.type} field; it must be ${want.en}.${known}`,
        `"${id}" 是 ${field.type} 类型的字段，这里需要${want.zh}。${knownZh}`,
      ),
    ];
  }
  return [];
}

type Named = 'form' | 'role' | 'flow' | 'scorecard';

const names: Record<Named, { en: string; zh: string }> = {
  form: { en: 'form', zh: '表单' },
  role: { en: 'role', zh: '角色' },
  flow: { en: 'approval flow', zh: '审批流程' },
  scorecard: { en: 'scorecard', zh: '评分卡' },
};

/**
 * A problem when `id` is not among the `known` ids of its kind (with a likely spelling or the list).
 *
 * @example
 * checkKnown('role', 'finance_directer', new Set(['finance_director']), '/rules/0/actions/0/to/role')
 * // [{ code: 'ruleset.role.unknown', message: 'Unknown role "finance_directer". Did you mean "finance_director"?', ... }]
 */
export function checkKnown(what: Named, id: string, known: ReadonlySet<string> | ReadonlyMap<string, unknown>, path: string): Problem[] {
  if (known.has(id)) return [];
  const n = names[what];
  const candidates = [...known.keys()].sort();
  if (candidates.length === 0) {
    return [problem(path, `ruleset.${what}.unknown`, `Unknown ${n.en} "${id}": there are none yet, create one first.`, `未知${n.zh} "${id}"：尚无任何${n.zh}，请先创建。`)];
  }
  const h = hint(id, candidates);
  return [problem(path, `ruleset.${what}.unknown`, `Unknown ${n.en} "${id}".${h.en}`, `未知${n.zh} "${id}"。${h.zh}`)];
}
