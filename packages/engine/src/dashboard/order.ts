/** @module The order of a chart's groups: as the chart says, else time and ranges in order and categories by value. */
import { chartTypes, type ChartTypeSpec } from './chart-types.js';
import { scoreColumnOf } from './score-columns.js';
import type { ChartSort, CompiledChart, CompiledDimension } from './types.js';

/**
 * Whether a dimension's groups have an order of their own: months, quarters, ranges, numbers,
 * a scorecard's grades (`grade:credit_score`, best first).
 *
 * @example
 * isOrderedDimension({ path: issuedOn, bucket: 'month' }) // true
 * isOrderedDimension({ path: region }) // false
 */
function isOrderedDimension(dim: CompiledDimension): boolean {
  return dim.bucket !== undefined || dim.path.info.kind === 'number' || scoreColumnOf(dim.path.info.id)?.part === 'grade';
}

/**
 * The order a chart's groups are shown in: its `sort`, else its type's default: ordered groups
 * (months, score ranges, a scorecard's grades) by group, ascending; categories (regions, salespeople) by value,
 * descending (lines keep categories in group order).
 *
 * @example
 * chartOrder(gradeDistribution) // { by: 'value', order: 'desc' }
 * chartOrder(dsoTrend) // { by: 'group', order: 'asc' }
 */
export function chartOrder(chart: CompiledChart): ChartSort {
  if (chart.definition.sort !== undefined) return chart.definition.sort;
  const spec: ChartTypeSpec = chartTypes[chart.definition.type];
  return chart.group !== undefined && isOrderedDimension(chart.group) ? spec.sortOrdered : spec.sortOther;
}
