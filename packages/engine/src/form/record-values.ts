/** @module One field's value checked, sub-table rows and cells included, with messages naming the field. */
import type { LocalizedText } from '../core/localized.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { isPlainObject } from '../core/json.js';
import { ownValue } from '../core/own.js';
import { hint } from '../core/suggest.js';
import { fail } from './fields/checks.js';
import { specOf } from './fields/index.js';
import type { ValueContext } from './fields/spec.js';
import type { FieldDefinition, SubTableField } from './types.js';
import { isEmpty, sameValue } from './values.js';

/** Where a value is checked: its path, the label to name it by, and today for date rules. */
export interface ValueAt {
  readonly path: string;
  readonly label: LocalizedText;
  readonly today?: string;
}

/** "Phone (Contacts row 3)" / "联系人第 3 行的电话": how a problem names a sub-table's cell (`row` counted from 0). */
export function cellLabel(table: LocalizedText, row: number, column: LocalizedText): LocalizedText {
  return { en: `${column.en} (${table.en} row ${row + 1})`, 'zh-CN': `${table['zh-CN']}第 ${row + 1} 行的${column['zh-CN']}` };
}

/** The problem for a required value left empty. */
export function requiredProblem(at: ValueAt): Problem {
  return problem(at.path, 'value.required', `${at.label.en} is required: fill it in.`, `${at.label['zh-CN']}为必填项，请填写。`);
}

/**
 * The problem for a value left empty while its `requiredWhen` holds, naming the fields the
 * condition reads (by their labels), so the user sees what made it required.
 *
 * @example
 * requiredWhenProblem({ path: '/news_notes', label: newsNotes.label }, [negativeNews.label])
 * // { code: 'value.required', message: 'News notes is required because of the value of Negative news: fill it in.', ... }
 */
export function requiredWhenProblem(at: ValueAt, because: readonly LocalizedText[]): Problem {
  const en = because.map((l) => l.en).join(', ');
  const zh = because.map((l) => l['zh-CN']).join('、');
  return problem(at.path, 'value.required', `${at.label.en} is required because of the value of ${en}: fill it in.`, `根据${zh}的取值，${at.label['zh-CN']}为必填项，请填写。`);
}

/** The problem for a computed value the client sent that differs from what the engine computes. */
export function computedProblem(at: ValueAt, computed: unknown): Problem {
  const v = JSON.stringify(computed ?? null);
  return problem(at.path, 'value.computed', `${at.label.en} is computed (it is ${v}): remove it from the record.`, `${at.label['zh-CN']}由公式计算（结果为 ${v}），请从记录中删除。`);
}

/**
 * Problems with one non-empty value of `field`. For a sub-table, `computed` is the table as the
 * engine computed it, so formula cells the client sent can be compared with it.
 *
 * @example
 * checkFieldValue(annualSales, -5, { path: '/annual_sales', label: annualSales.label })
 * // [{ code: 'value.min', message: 'Annual sales must be at least 0: enter 0 or more.', messageZh: '年销售额不能小于 0：请填写不小于 0 的值。', ... }]
 */
export function checkFieldValue(field: FieldDefinition, value: unknown, at: ValueAt, computed?: unknown): Problem[] {
  const ctx: ValueContext = { ...at, checkRows: (table, rows, c) => checkRows(table, rows, c, computed) };
  return specOf(field).checkValue(value, field, ctx);
}

function checkRows(table: SubTableField, rows: readonly unknown[], at: ValueAt, computed: unknown): Problem[] {
  const out: Problem[] = [];
  const known = table.columns.map((c) => c.id);
  rows.forEach((row, i) => {
    if (!isPlainObject(row)) return;
    const done = Array.isArray(computed) && isPlainObject(computed[i]) ? computed[i] : undefined;
    for (const key of Object.keys(row)) {
      if (key === 'id' || known.includes(key)) continue;
      const h = hint(key, known);
      const rowAt = { ...at, path: pointer(at.path, i, key) };
      out.push(fail(rowAt, 'value.column.unknown', `row ${i + 1} has unknown column "${key}": remove it.${h.en}`, `第 ${i + 1} 行有未知列 "${key}"，请删除。${h.zh}`));
    }
    for (const column of table.columns) {
      const cell: ValueAt = { path: pointer(at.path, i, column.id), label: cellLabel(at.label, i, column.label), today: at.today };
      const v = ownValue(row, column.id);
      if (column.type === 'formula') {
        const computedCell = done === undefined ? undefined : ownValue(done, column.id);
        if (v !== undefined && done !== undefined && !sameValue(v, computedCell)) out.push(computedProblem(cell, computedCell));
      } else if (isEmpty(v)) {
        if (column.required === true) out.push(requiredProblem(cell));
      } else {
        out.push(...checkFieldValue(column, v, cell));
      }
    }
  });
  return out;
}
