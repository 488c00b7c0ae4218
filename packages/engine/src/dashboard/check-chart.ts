/** @module One chart checked and resolved against the forms: its dimensions, metric, where-condition and filters. */
import type { FieldCatalog } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { conditionFacts, validateCondition } from '../condition/index.js';
import type { Condition } from '../condition/types.js';
import { chartTypes, type ChartTypeSpec } from './chart-types.js';
import { checkDimension } from './dimension.js';
import { checkMetric, checkUnit, isRatio, metricUnit } from './metric.js';
import { filterPath, isFilterable } from './paths.js';
import { chartCatalog } from './score-columns.js';
import type { ChartDefinition, CompiledChart, CompiledDimension, DashboardFilter, FieldPath } from './types.js';

/** A chart's problems, and the chart resolved when it has none. */
export interface ChartCheck {
  readonly problems: Problem[];
  readonly chart?: CompiledChart;
}

/** Problems for the parts of a where-condition SQL cannot read as json-rules-engine does: other fields as values, paths. */
function literalOnly(c: Condition, at: string): Problem[] {
  if ('all' in c) return c.all.flatMap((x, i) => literalOnly(x, pointer(at, 'all', i)));
  if ('any' in c) return c.any.flatMap((x, i) => literalOnly(x, pointer(at, 'any', i)));
  if ('not' in c) return literalOnly(c.not, pointer(at, 'not'));
  const out: Problem[] = [];
  if (c.path !== undefined) out.push(problem(pointer(at, 'path'), 'dashboard.where.path', 'A chart\'s condition compares whole field values: remove "path".', '图表条件只比较整个字段值：请删除 "path"。'));
  if (c.value !== null && typeof c.value === 'object' && !Array.isArray(c.value)) {
    out.push(problem(pointer(at, 'value'), 'dashboard.where.fact', 'A chart\'s condition compares a field with values written here, not with another field: write the value.', '图表条件只能将字段与此处填写的取值比较，不能与其他字段比较：请填写取值。'));
  }
  return out;
}

function checkWhere(where: Condition, catalog: FieldCatalog, at: string): Problem[] {
  const problems = validateCondition(where, catalog, at);
  return problems.length > 0 ? problems : literalOnly(where, at);
}

/**
 * Every problem with one chart, and the chart resolved against the forms when there are none.
 * `filters` are the dashboard's; each must reach the chart (see `filterPath`).
 *
 * @example
 * checkChart(def.charts[0], def.filters, ctx, '/charts/0').problems // []
 */
export function checkChart(chart: ChartDefinition, filters: readonly DashboardFilter[], ctx: ReferenceContext, at: string): ChartCheck {
  const catalog = ctx.forms.get(chart.form);
  if (catalog === undefined) {
    const h = hint(chart.form, [...ctx.forms.keys()]);
    return { problems: [problem(pointer(at, 'form'), 'dashboard.form.unknown', `The chart shows records of form "${chart.form}", which is not published.${h.en}`, `图表所用表单 "${chart.form}" 未发布。${h.zh}`)] };
  }
  const spec: ChartTypeSpec = chartTypes[chart.type];
  const name = spec.label;
  const out: Problem[] = [];
  let group: CompiledDimension | undefined;
  let series: CompiledDimension | undefined;
  if (chart.groupBy === undefined && spec.groupBy === 'required') {
    out.push(problem(pointer(at, 'groupBy'), 'dashboard.groupBy.required', `A ${name.en.toLowerCase()} shows one value per group: pick the field to group by under "Group by".`, `${name['zh-CN']}按分组显示数值：请在“分组字段”中选择要分组的字段。`));
  } else if (chart.groupBy !== undefined && spec.groupBy === 'forbidden') {
    out.push(problem(pointer(at, 'groupBy'), 'dashboard.groupBy.forbidden', `A ${name.en.toLowerCase()} shows one value: clear "Group by", or pick a bar, pie, line or table chart.`, `${name['zh-CN']}只显示一个数值：请清空“分组字段”，或改用柱状图、饼图、折线图或表格。`));
  } else if (chart.groupBy !== undefined) {
    const checked = checkDimension(chart.groupBy, chart.form, ctx, spec.bucket === 'width', pointer(at, 'groupBy'));
    out.push(...checked.problems);
    group = checked.dimension;
  }
  if (chart.series !== undefined && !spec.series) {
    out.push(problem(pointer(at, 'series'), 'dashboard.series.forbidden', `A ${name.en.toLowerCase()} has one series: choose "One series", or pick a bar or line chart.`, `${name['zh-CN']}只有一个系列：请选择“单一系列”，或改用柱状图或折线图。`));
  } else if (chart.series !== undefined) {
    const checked = checkDimension(chart.series, chart.form, ctx, false, pointer(at, 'series'));
    out.push(...checked.problems);
    series = checked.dimension;
  }
  const bucket = typeof chart.groupBy?.bucket === 'string' ? chart.groupBy.bucket : undefined;
  // The metric may read the form's scorecards' score columns too; the condition only its fields.
  const columns = chartCatalog(chart.form, ctx)!;
  const metricProblems = checkMetric(chart.metric, columns, chart.form, ctx, bucket, pointer(at, 'metric'));
  out.push(...metricProblems, ...(metricProblems.length === 0 ? checkUnit(chart.unit, chart.metric, columns, at) : []));
  if (chart.where !== undefined) out.push(...checkWhere(chart.where, catalog, pointer(at, 'where')));

  const applied = new Map<string, FieldPath>();
  filters.forEach((f, i) => {
    const found = filterPath(f, chart.form, ctx, at);
    if (found.problems !== undefined) out.push(...found.problems);
    else if (!isFilterable(found.path.info)) {
      out.push(problem(pointer('/filters', i, 'field'), 'dashboard.filter.kind', `Filter "${f.id}" reads "${f.field}", a ${found.path.info.type} field: filter by a select, user, reference, text or yes/no field.`, `筛选 "${f.id}" 读取的 "${f.field}" 是 ${found.path.info.type} 类型的字段：请按单选、人员、关联、文本或是/否字段筛选。`));
    } else applied.set(f.id, found.path);
  });
  if (out.length > 0) return { problems: out };

  const own = (id: string): FieldPath => ({ form: chart.form, info: columns.get(id)! });
  const metricFields = (isRatio(chart.metric) ? chart.metric.ratio : [chart.metric]).flatMap((m) => (m.field === undefined ? [] : [m.field]));
  const whereFields = chart.where === undefined ? [] : conditionFacts(chart.where);
  const reads = [...[group, series].flatMap((d) => (d === undefined ? [] : [d.path])), ...[...new Set([...metricFields, ...whereFields])].map(own)];
  const compiled: CompiledChart = { definition: chart, unit: chart.unit ?? metricUnit(chart.metric, columns), filters: applied, reads, ...(group === undefined ? {} : { group }), ...(series === undefined ? {} : { series }) };
  return { problems: [], chart: compiled };
}
