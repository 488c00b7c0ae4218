/** @module What a chart's columns are called: the field it groups by (and the form its records open in), and its values. */
import { isRatio } from '@heng/engine';
import type { CompiledChart, CompiledDimension, FormDefinition, LocalizedText } from '@heng/engine';

/** The head of a chart's groups: its field's label; `form` when each group is a record of that form (a reference field). */
export interface DimensionHead {
  readonly label: LocalizedText;
  readonly form?: string;
}

/** What a count of records is called when the chart does not say. */
const COUNT: LocalizedText = { en: 'Count', 'zh-CN': '数量' };

const labelOf = (forms: ReadonlyMap<string, FormDefinition>, form: string, field: string): LocalizedText | undefined => forms.get(form)?.fields.find((f) => f.id === field)?.label;

/**
 * The head of a dimension's groups: the label of the field it groups by, on the form the field
 * belongs to (a receivable's customer's region reads 区域), and, for a reference field not cut
 * in buckets, the form its groups' records open in.
 *
 * @example
 * dimensionHead(topOverdue.group, forms) // { label: { en: 'Customer', 'zh-CN': '客户' }, form: 'customer' }
 */
export function dimensionHead(dim: CompiledDimension, forms: ReadonlyMap<string, FormDefinition>): DimensionHead {
  const { info, form } = dim.path;
  const label = labelOf(forms, form, info.id) ?? info.label ?? { en: info.id, 'zh-CN': info.id };
  return info.type === 'reference' && info.target !== undefined ? { label, form: info.target } : { label };
}

/**
 * What a chart's values are called: its `metricLabel`, else the label of the field a sum or an
 * average reads, a count's "Count", a ratio's chart title.
 *
 * @example
 * metricLabel(topOverdue, forms) // { en: 'Overdue amount', 'zh-CN': '逾期金额' } (its metricLabel)
 * metricLabel(agingByRegion, forms) // { en: 'Outstanding', 'zh-CN': '未结金额' } (sum of outstanding)
 */
export function metricLabel(chart: CompiledChart, forms: ReadonlyMap<string, FormDefinition>): LocalizedText {
  const def = chart.definition;
  if (def.metricLabel !== undefined) return def.metricLabel;
  if (isRatio(def.metric)) return def.title;
  if (def.metric.aggregate === 'count' || def.metric.field === undefined) return COUNT;
  const field = def.metric.field;
  // A score column is named by its scorecard (评分 · 信用评分), as the chart read it.
  return labelOf(forms, def.form, field) ?? chart.reads.find((p) => p.via === undefined && p.info.id === field)?.info.label ?? def.title;
}
