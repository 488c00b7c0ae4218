/** @module A chart's where-condition (json-rules-engine's format) as SQL over `records`, meaning what json-rules-engine means. */
import type { Condition, FactCondition, FieldCatalog, FieldInfo } from '@heng/engine';
import { json } from '../db/port.js';
import type { Params } from '../records/list-keys.js';
import { filledSql, jsonAt, valueSql } from './sql-values.js';

const COMPARE = { lessThan: '<', lessThanInclusive: '<=', greaterThan: '>', greaterThanInclusive: '>=' } as const;

/**
 * An ordered value as json-rules-engine compares it: numbers as numbers; dates and date-times as
 * the text they are stored as (canonical UTC for date-times), in code-unit order like JavaScript's
 * `<`, and only when the text reads as a number to `parseFloat`, as its operators require.
 */
function ordered(alias: string, info: FieldInfo): string {
  if (info.kind === 'number') return valueSql(alias, info);
  const { json: j, text } = jsonAt(alias, info.id);
  return `(CASE WHEN jsonb_typeof(${j}) = 'string' AND ${text} ~ '^[0-9]' THEN ${text} END) COLLATE "C"`;
}

function leaf(c: FactCondition, info: FieldInfo, alias: string, params: Params): string {
  const { json: j } = jsonAt(alias, info.id);
  const value = c.value as string | number | boolean | readonly (string | number)[];
  switch (c.operator) {
    case 'equal':
      return `(${alias}.data @> ${params.add(json({ [info.id]: value }))})`;
    case 'notEqual':
      return `(NOT ${alias}.data @> ${params.add(json({ [info.id]: value }))})`;
    case 'in':
      return `(${params.add(json(value))}::jsonb @> jsonb_build_array(${j}))`;
    case 'notIn':
      return `(NOT ${params.add(json(value))}::jsonb @> jsonb_build_array(${j}))`;
    case 'contains':
      return `COALESCE(jsonb_typeof(${j}) = 'array' AND ${j} @> ${params.add(json([value]))}::jsonb, false)`;
    case 'doesNotContain':
      return `COALESCE(jsonb_typeof(${j}) = 'array' AND NOT ${j} @> ${params.add(json([value]))}::jsonb, false)`;
    // Blank as the operator's test says: no key, null, empty text or an empty list.
    case 'isEmpty':
      return `(NOT ${filledSql(alias, info.id)})`;
    case 'isNotEmpty':
      return filledSql(alias, info.id);
    default: {
      const cast = info.kind === 'number' ? '::numeric' : '';
      // A missing or mistyped value compares as NULL: false, as json-rules-engine says, and never NULL under a NOT.
      return `COALESCE(${ordered(alias, info)} ${COMPARE[c.operator]} ${params.add(value as string | number)}${cast}, false)`;
    }
  }
}

/**
 * The SQL of a validated where-condition over records aliased `alias`, its values bound in
 * `params`. Every part is true or false, never NULL, so `not` and `any` mean what they mean in
 * json-rules-engine: a missing field is not equal to anything, is less than nothing, and is in
 * no list; an empty group holds. Validate first (the dashboard kind allows literal values only, no paths).
 *
 * @example
 * conditionSql({ all: [{ fact: 'days_overdue', operator: 'greaterThan', value: 0 }] }, catalog, 'r', params)
 * // "(COALESCE((CASE WHEN jsonb_typeof(r.data->'days_overdue') = 'number' THEN ... END) > $3::numeric, false))"
 */
export function conditionSql(cond: Condition, catalog: FieldCatalog, alias: string, params: Params): string {
  if ('all' in cond) return cond.all.length === 0 ? 'TRUE' : `(${cond.all.map((c) => conditionSql(c, catalog, alias, params)).join(' AND ')})`;
  // An empty `any` holds, as an empty `all` does: json-rules-engine's answer, kept.
  if ('any' in cond) return cond.any.length === 0 ? 'TRUE' : `(${cond.any.map((c) => conditionSql(c, catalog, alias, params)).join(' OR ')})`;
  if ('not' in cond) return `(NOT ${conditionSql(cond.not, catalog, alias, params)})`;
  const info = catalog.get(cond.fact);
  if (info === undefined) throw new Error(`condition names "${cond.fact}", which the form does not have: validate first`);
  return leaf(cond, info, alias, params);
}
