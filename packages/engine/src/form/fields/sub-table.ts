/** @module Sub-table (明细): rows of scalar columns, such as contacts or financial statements by year. */
import { isPlainObject } from '../../core/json.js';
import { pointer } from '../../core/json-pointer.js';
import type { Problem } from '../../core/problem.js';
import type { SubTableField } from '../types.js';
import { defFail, fail, typeProblem } from './checks.js';
import type { FieldTypeSpec } from './spec.js';

const ROWS = { what: { en: 'a list of rows', 'zh-CN': '行的列表' }, how: { en: 'put each row in a list, like [{ "column": "value" }]', 'zh-CN': '请把每一行放进列表，如 [{ "列": "值" }]' } };

/** The sub-table field type; a row may carry its own `id` (a string) besides its columns. */
export const subTable: FieldTypeSpec<SubTableField> = {
  kind: () => 'table',
  label: { en: 'Sub-table', 'zh-CN': '子表' },
  props: { properties: { columns: { type: 'array', maxItems: 50, items: { $ref: '#/$defs/column' } } }, required: ['columns'] },
  rules: [],
  valueSchema: (field, cell) => ({
    type: 'array',
    items: {
      type: 'object',
      properties: { id: { type: 'string', minLength: 1, maxLength: 128 }, ...Object.fromEntries(field.columns.map((c) => [c.id, cell(c)])) },
      required: field.columns.filter((c) => c.required === true && c.type !== 'formula').map((c) => c.id),
      additionalProperties: false,
    },
  }),
  checkValue(value, field, ctx) {
    if (!Array.isArray(value)) return [typeProblem(value, ctx, ROWS)];
    const out: Problem[] = [];
    value.forEach((row: unknown, i) => {
      if (!isPlainObject(row)) out.push(fail({ ...ctx, path: pointer(ctx.path, i) }, 'value.row', `row ${i + 1} must be an object of column values, like { "column": "value" }: replace it with one or remove it.`, `第 ${i + 1} 行应为各列取值组成的对象，如 { "列": "值" }：请替换或删除该行。`));
      else if (row.id !== undefined && (typeof row.id !== 'string' || row.id === '')) {
        out.push(fail({ ...ctx, path: pointer(ctx.path, i, 'id') }, 'value.rowId', `row ${i + 1} has an id that is not a text: remove it or make it one.`, `第 ${i + 1} 行的 id 不是文本，请删除或改为文本。`));
      }
    });
    return out.length > 0 || ctx.checkRows === undefined ? out : ctx.checkRows(field, value, ctx);
  },
  checkDefinition(field, ctx) {
    if (field.columns.length === 0) {
      return [defFail(ctx, ['columns'], 'field.columns.empty', 'A sub-table needs at least one column: add one.', '子表至少需要一列，请添加。')];
    }
    const out: Problem[] = [];
    const seen = new Set<string>();
    field.columns.forEach((c, i) => {
      if (seen.has(c.id)) {
        out.push(defFail(ctx, ['columns', i, 'id'], 'field.id.duplicate', `Column id "${c.id}" is used twice in this sub-table: rename one.`, `子表中列 ID "${c.id}" 重复，请重命名其一。`));
      }
      seen.add(c.id);
    });
    return out;
  },
};
