/** @module A chart's metric: checked against its form's fields, and the unit its values read in. */
import type { FieldCatalog } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { unknownColumn } from './score-columns.js';
import type { AggregateMetric, Bucket, Metric, RatioMetric, ValueUnit } from './types.js';

/**
 * Whether a metric divides two aggregates.
 *
 * @example
 * isRatio({ ratio: [paid, amount] }) // true
 */
export function isRatio(metric: Metric): metric is RatioMetric {
  return 'ratio' in metric;
}

/** What each aggregate of a number field is called in a message. */
const WORDS: Readonly<Record<Exclude<AggregateMetric['aggregate'], 'count'>, { readonly en: string; readonly zh: string }>> = {
  sum: { en: 'sum', zh: '求和' },
  avg: { en: 'average', zh: '平均值' },
  min: { en: 'minimum', zh: '最小值' },
  max: { en: 'maximum', zh: '最大值' },
};

function checkAggregate(m: AggregateMetric, catalog: FieldCatalog, form: string, ctx: ReferenceContext, at: string): Problem[] {
  const numbers = [...catalog.values()].filter((f) => f.kind === 'number').map((f) => f.id);
  if (m.field === undefined) {
    if (m.aggregate === 'count') return [];
    return [problem(pointer(at, 'field'), 'dashboard.metric.field.required', `A ${WORDS[m.aggregate].en} needs the number field it reads: name one of ${numbers.join(', ') || '(none in this form)'}.`, `${WORDS[m.aggregate].zh}需要指定数字字段：可选 ${numbers.join(', ') || '（此表单没有）'}。`)];
  }
  const info = catalog.get(m.field);
  if (info === undefined) return [unknownColumn(form, m.field, ctx, pointer(at, 'field'))];
  if (m.aggregate !== 'count' && info.kind !== 'number') {
    return [problem(pointer(at, 'field'), 'dashboard.metric.field.kind', `"${m.field}" is a ${info.type} field: a ${WORDS[m.aggregate].en} needs a number, money or percent field, such as ${numbers.slice(0, 5).join(', ') || '(none in this form)'}.`, `"${m.field}" 是 ${info.type} 类型的字段：${WORDS[m.aggregate].zh}需要数字、金额或百分比字段，如 ${numbers.slice(0, 5).join(', ') || '（此表单没有）'}。`)];
  }
  if (m.aggregate === 'count' && info.kind === 'table') {
    return [problem(pointer(at, 'field'), 'dashboard.metric.field.kind', `"${m.field}" is a sub-table: count records by a field of the form, or leave out the field to count every record.`, `"${m.field}" 是子表：请按表单字段计数，或不填字段以统计全部记录。`)];
  }
  return [];
}

/**
 * Every problem with a metric of a chart over `form` (`catalog`: its chart catalog, score columns
 * too): unknown fields, a sum or average of a field
 * that is not a number, a `bucketDays` scale on groups that are not months or quarters.
 *
 * @example
 * checkMetric({ aggregate: 'sum', field: 'region' }, catalog, 'customer', ctx, undefined, '/charts/0/metric')
 * // [{ path: '/charts/0/metric/field', code: 'dashboard.metric.field.kind', ... }]
 */
export function checkMetric(metric: Metric, catalog: FieldCatalog, form: string, ctx: ReferenceContext, bucket: Bucket | undefined, at: string): Problem[] {
  if (!isRatio(metric)) return checkAggregate(metric, catalog, form, ctx, at);
  const out = metric.ratio.flatMap((m, i) => checkAggregate(m, catalog, form, ctx, pointer(at, 'ratio', i)));
  if (metric.scale === 'bucketDays' && bucket !== 'month' && bucket !== 'quarter') {
    out.push(problem(pointer(at, 'scale'), 'dashboard.metric.scale.bucket', 'Multiplying by "The days of each month or quarter" needs months or quarters: group the chart by a date field "By month" or "By quarter", or multiply by a number.', '“再乘以每月或每季度的天数”需要按月或按季度分组：请将图表按日期字段“按月”或“按季度”分组，或改乘一个数字。'));
  }
  return out;
}

/**
 * How a metric's values read. A sum or average keeps its field's unit; a ratio is a fraction
 * (shown as a percentage) unless scaled: by the days of each month or quarter, days (DSO); by a
 * number, a plain number.
 *
 * @example
 * metricUnit({ aggregate: 'sum', field: 'amount' }, catalog) // 'money'
 * metricUnit({ ratio: [paid, amount] }, catalog) // 'percent'
 */
export function metricUnit(metric: Metric, catalog: FieldCatalog): ValueUnit {
  if (isRatio(metric)) return metric.scale === undefined ? 'percent' : metric.scale === 'bucketDays' ? 'days' : 'number';
  if (metric.aggregate === 'count' || metric.field === undefined) return 'count';
  const type = catalog.get(metric.field)?.type;
  return type === 'money' ? 'money' : type === 'percent' ? 'percent' : 'number';
}

/**
 * The problem of a chart that says its values are days when its metric says another unit
 * (a sum of money, a count, a percentage): only plain numbers may be days.
 *
 * @example
 * checkUnit('days', { aggregate: 'sum', field: 'amount' }, catalog, '/charts/0') // [{ path: '/charts/0/unit', code: 'dashboard.unit.kind', ... }]
 */
export function checkUnit(unit: 'days' | undefined, metric: Metric, catalog: FieldCatalog, at: string): Problem[] {
  const own = metricUnit(metric, catalog);
  if (unit === undefined || own === 'number' || own === 'days') return [];
  const words = { count: ['a count', '计数'], money: ['an amount of money', '金额'], percent: ['a percentage', '百分比'] }[own];
  return [problem(pointer(at, 'unit'), 'dashboard.unit.kind', `This chart's values are ${words[0]}, not days: untick "The values are days", or average or add up a number field that holds days.`, `此图表的数值是${words[1]}，不是天数：请取消勾选“数值单位为天”，或对记录天数的数字字段求平均值或求和。`)];
}
