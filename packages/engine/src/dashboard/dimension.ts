/** @module What a chart groups by: a field whose kind fits its bucket (months of a date, widths of a number). */
import type { ReferenceContext } from '../core/context.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { resolveFieldPath } from './paths.js';
import type { CompiledDimension, Dimension } from './types.js';

/** A dimension's problems, and the dimension resolved when it has none. */
export interface DimensionCheck {
  readonly problems: Problem[];
  readonly dimension?: CompiledDimension;
}

/**
 * Problems with a dimension of a chart over `form`: an unknown field, a sub-table or multi-select
 * (a record has several values there), a date without a month or quarter bucket, a bucket that
 * does not fit the field, and for a histogram (`widthRequired`) anything but a number in widths.
 *
 * @example
 * checkDimension({ field: 'issued_on' }, 'receivable', ctx, false, '/charts/3/groupBy').problems
 * // [{ path: '/charts/3/groupBy/bucket', code: 'dashboard.bucket.required', ... }]
 */
export function checkDimension(dim: Dimension, form: string, ctx: ReferenceContext, widthRequired: boolean, at: string): DimensionCheck {
  const resolved = resolveFieldPath(form, dim.field, ctx, pointer(at, 'field'));
  if (resolved.problems !== undefined) return { problems: resolved.problems };
  const { info } = resolved.path;
  const bucketAt = pointer(at, 'bucket');
  const fail = (code: string, en: string, zh: string): DimensionCheck => ({ problems: [problem(code.startsWith('dashboard.bucket') ? bucketAt : pointer(at, 'field'), code, en, zh)] });
  if (info.kind === 'table' || info.kind === 'list') {
    return fail('dashboard.dimension.kind', `"${dim.field}" holds several values per record (${info.type}): group by a field with one value, such as a select, user, date or number.`, `"${dim.field}" 每条记录可有多个值（${info.type}）：请按只有一个值的字段分组，如单选、人员、日期或数字。`);
  }
  const bucket = dim.bucket;
  const isDate = info.kind === 'date' || info.kind === 'datetime';
  if (widthRequired && (info.kind !== 'number' || typeof bucket !== 'object')) {
    return info.kind === 'number'
      ? fail('dashboard.bucket.width', `A histogram counts values in equal ranges: give "${dim.field}" a "Range width" (e.g. 10).`, `直方图按等宽区间统计：请为 "${dim.field}" 填写“区间宽度”（如 10）。`)
      : fail('dashboard.bucket.width', `A histogram groups a number field into ranges, and "${dim.field}" is a ${info.type} field: pick a number, money or percent field, or a bar chart.`, `直方图将数字字段分为区间，而 "${dim.field}" 是 ${info.type} 类型的字段：请选择数字、金额或百分比字段，或改用柱状图。`);
  }
  if (isDate && typeof bucket !== 'string') {
    return fail('dashboard.bucket.required', `"${dim.field}" is a date: group it "By month" or "By quarter".`, `"${dim.field}" 是日期：请选择“按月”或“按季度”分组。`);
  }
  if (typeof bucket === 'string' && !isDate) {
    return fail('dashboard.bucket.kind', `Grouping by month or quarter is for dates, and "${dim.field}" is a ${info.type} field: group by each of its values, or by a date field.`, `按月或按季度分组仅适用于日期，而 "${dim.field}" 是 ${info.type} 类型的字段：请按其每个取值分组，或改按日期字段分组。`);
  }
  if (typeof bucket === 'object' && info.kind !== 'number') {
    return fail('dashboard.bucket.kind', `A "Range width" groups numbers, and "${dim.field}" is a ${info.type} field: clear the range width, or group by a number field.`, `“区间宽度”用于数字分组，而 "${dim.field}" 是 ${info.type} 类型的字段：请清空区间宽度，或按数字字段分组。`);
  }
  if (dim.labels !== undefined && bucket !== undefined) {
    return { problems: [problem(pointer(at, 'labels'), 'dashboard.labels.bucket', 'Buckets are labelled by their months or ranges: remove "labels", or the bucket.', '分段按月份或区间自动命名：请删除 "labels" 或 bucket。')] };
  }
  if (dim.order !== undefined && bucket !== undefined) {
    return { problems: [problem(pointer(at, 'order'), 'dashboard.order.bucket', 'Buckets come in the order of their months or ranges: remove "order", or the bucket.', '分段按月份或区间的先后排列：请删除 "order" 或 bucket。')] };
  }
  const options = info.options;
  const strays = options === undefined ? [] : Object.keys(dim.labels ?? {}).filter((k) => !options.includes(k));
  if (strays.length > 0 && options !== undefined) {
    const h = hint(strays[0]!, options);
    return { problems: [problem(pointer(at, 'labels', strays[0]!), 'dashboard.labels.option', `"${strays[0]!}" is not an option of "${dim.field}".${h.en}`, `"${strays[0]!}" 不是 "${dim.field}" 的选项。${h.zh}`)] };
  }
  const unordered = options === undefined ? -1 : (dim.order ?? []).findIndex((k) => !options.includes(k));
  if (unordered >= 0 && options !== undefined) {
    const k = dim.order![unordered]!;
    const h = hint(k, options);
    return { problems: [problem(pointer(at, 'order', unordered), 'dashboard.order.option', `"${k}" is not an option of "${dim.field}".${h.en}`, `"${k}" 不是 "${dim.field}" 的选项。${h.zh}`)] };
  }
  return {
    problems: [],
    dimension: { path: resolved.path, ...(bucket === undefined ? {} : { bucket }), ...(dim.labels === undefined ? {} : { labels: dim.labels }), ...(dim.order === undefined ? {} : { order: dim.order }) },
  };
}
