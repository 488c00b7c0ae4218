/** @module Fields a chart names, resolved: on its own form, or one reference field away; and how a filter reaches a chart. */
import type { FieldInfo } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { chartCatalog, unknownColumn } from './score-columns.js';
import type { DashboardFilter, FieldPath } from './types.js';

/** A resolved field, or the problems that keep it from resolving. */
export type Resolution = { readonly path: FieldPath; readonly problems?: undefined } | { readonly path?: undefined; readonly problems: Problem[] };

const fail = (...problems: Problem[]): Resolution => ({ problems });

/**
 * The field `text` names for a chart of form `form`: `region` (a field of the form) or
 * `customer.region` (field `region` of the record the reference field `customer` points at), or a
 * score column of the form's scorecard (`grade:credit_score`).
 *
 * @example
 * resolveFieldPath('receivable', 'customer.region', ctx, '/charts/0/groupBy/field').path
 * // { form: 'customer', info: { id: 'region', ... }, via: { id: 'customer', type: 'reference', target: 'customer', ... } }
 */
export function resolveFieldPath(form: string, text: string, ctx: ReferenceContext, at: string): Resolution {
  const catalog = chartCatalog(form, ctx);
  if (catalog === undefined) return fail();
  const [first = '', second] = text.split('.');
  const head = catalog.get(first);
  if (head === undefined) return fail(unknownColumn(form, first, ctx, at));
  if (second === undefined) return { path: { form, info: head } };
  if (head.type !== 'reference' || head.target === undefined) {
    return fail(problem(at, 'dashboard.field.via', `"${first}" is a ${head.type} field, so "${text}" cannot read through it: only a reference field leads to another form's fields.`, `"${first}" 是 ${head.type} 类型的字段，无法通过它读取 "${text}"：只有关联字段才能读取另一表单的字段。`));
  }
  const target = ctx.forms.get(head.target);
  if (target === undefined) {
    return fail(problem(at, 'dashboard.form.unknown', `"${first}" points at form "${head.target}", which is not published: publish it first.`, `"${first}" 指向的表单 "${head.target}" 未发布：请先发布。`));
  }
  const info = target.get(second);
  if (info === undefined) return fail(unknownColumn(head.target, second, ctx, at));
  return { path: { form: head.target, info, via: head } };
}

/**
 * Whether a field can be filtered by one chosen value (a select, a user, a record, a text or yes/no).
 *
 * @example
 * isFilterable({ id: 'annual_sales', type: 'money', kind: 'number' }) // false
 */
export function isFilterable(info: FieldInfo): boolean {
  return info.kind === 'text' || info.kind === 'boolean';
}

/**
 * How `filter` applies to a chart of `chartForm`: on the chart's form when it is the filter's
 * (or the filter names no form), else through the chart form's one reference field to the
 * filter's form. Problems (placed at `at`, the chart) when there is none, or more than one.
 *
 * @example
 * filterPath({ id: 'region', field: 'region', form: 'customer' }, 'receivable', ctx, '/charts/2').path?.via?.id // 'customer'
 */
export function filterPath(filter: DashboardFilter, chartForm: string, ctx: ReferenceContext, at: string): Resolution {
  const catalog = ctx.forms.get(chartForm);
  const home = filter.form ?? chartForm;
  const target = chartCatalog(home, ctx);
  if (catalog === undefined || target === undefined) return fail();
  const own = (): Resolution => {
    const info = target.get(filter.field);
    if (info !== undefined) return { path: { form: home, info } };
    const h = hint(filter.field, [...target.keys()]);
    return fail(problem(at, 'dashboard.filter.unknown', `Filter "${filter.id}" reads field "${filter.field}", which form "${home}" of this chart does not have.${h.en} Name the filter's form, or chart a form that has the field.`, `筛选 "${filter.id}" 读取字段 "${filter.field}"，但此图表的表单 "${home}" 中没有该字段。${h.zh}请为筛选指定表单，或改用含该字段的表单。`));
  };
  if (home === chartForm) return own();
  const links = [...catalog.values()].filter((f) => f.type === 'reference' && f.target === home);
  if (links.length === 1) {
    const info = target.get(filter.field);
    return info === undefined ? fail() : { path: { form: home, info, via: links[0]! } };
  }
  if (links.length === 0) {
    return fail(problem(at, 'dashboard.filter.unreachable', `Filter "${filter.id}" is on form "${home}", and this chart's form "${chartForm}" has no reference field to it: add one to "${chartForm}", or chart another form.`, `筛选 "${filter.id}" 属于表单 "${home}"，而此图表的表单 "${chartForm}" 没有关联到它的字段：请为 "${chartForm}" 添加关联字段，或改用其他表单。`));
  }
  const ids = links.map((f) => f.id).join(', ');
  return fail(problem(at, 'dashboard.filter.ambiguous', `Filter "${filter.id}" could reach form "${home}" through several reference fields of "${chartForm}" (${ids}): chart a form with one such field, or filter on "${chartForm}"'s own field.`, `筛选 "${filter.id}" 可经 "${chartForm}" 的多个关联字段（${ids}）到达表单 "${home}"：请改用只有一个此类字段的表单，或筛选 "${chartForm}" 自身的字段。`));
}
