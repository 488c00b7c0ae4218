/** @module The dashboard definition: filters and charts over forms' records, aggregated by the server. */
import type { FieldInfo } from '../core/catalog.js';
import type { DefinitionBase } from '../core/kind.js';
import type { LocalizedText } from '../core/localized.js';
import type { Condition } from '../condition/types.js';

/** How a chart draws its series; each is one entry of `chartTypes`. */
export type ChartType = 'bar' | 'pie' | 'line' | 'table' | 'histogram' | 'kpi';

/** Calendar buckets of a date or date-time field (date-times in China time). */
export type DateBucket = 'month' | 'quarter';

/** Equal-width buckets of a number field: `[0, 10)`, `[10, 20)`, … */
export interface WidthBucket {
  readonly width: number;
  /**
   * The top of the scale (a credit score's 850): the last range ends there and holds it, and
   * anything above (`[800, 850]`, not a range 850–900 of its own).
   */
  readonly max?: number;
}

export type Bucket = DateBucket | WidthBucket;

/**
 * What a chart groups by: a field of its form, or `reference.field`, a field of the record a
 * reference field points at (one step: `customer.region` groups receivables by their customer's region).
 */
export interface Dimension {
  readonly field: string;
  readonly bucket?: Bucket;
  /**
   * Labels of the field's values: for text a formula gives (`overdue_1_30` → "1–30 days
   * overdue"), or to rename a select's options. (An object's keys keep no order once stored:
   * the order of the groups is `order`'s.)
   */
  readonly labels?: Readonly<Record<string, LocalizedText>>;
  /** The values whose groups come first, in this order, when the chart is in group order (grades AAA, AA, A, B, D). */
  readonly order?: readonly string[];
}

export type Aggregate = 'count' | 'sum' | 'avg' | 'min' | 'max';

/** `count` counts records (those with a value in `field`, when given); `sum`, `avg`, `min` and `max` need a number field. */
export interface AggregateMetric {
  readonly aggregate: Aggregate;
  readonly field?: string;
}

/**
 * One aggregate divided by another per group (collection rate = sum(paid) / sum(amount)), then
 * multiplied by `scale`: a number, or `bucketDays`, the days of each group's month or quarter
 * (days sales outstanding = sum(outstanding) / sum(amount) × days).
 */
export interface RatioMetric {
  readonly ratio: readonly [AggregateMetric, AggregateMetric];
  readonly scale?: number | 'bucketDays';
}

export type Metric = AggregateMetric | RatioMetric;

/** The order of a chart's groups: by their value or by the group itself. */
export interface ChartSort {
  readonly by: 'value' | 'group';
  readonly order: 'asc' | 'desc';
}

/** One chart: a metric over the records of `form` that match `where`, per group. */
export interface ChartDefinition {
  readonly id: string;
  readonly title: LocalizedText;
  readonly type: ChartType;
  readonly form: string;
  readonly groupBy?: Dimension;
  /** A second grouping, drawn as stacked series (bar) or several lines (line). */
  readonly series?: Dimension;
  readonly metric: Metric;
  /**
   * What the values are called where a chart names them (a table's value column, 逾期金额 for
   * the outstanding amount of overdue receivables); without it, the metric field's label.
   */
  readonly metricLabel?: LocalizedText;
  /**
   * The values are days, where the metric's field cannot say so (an average of 回款天数, a
   * formula of DAYS): shown with their unit, and the value axis named 天 / days. A ratio scaled by
   * `bucketDays` is in days without it.
   */
  readonly unit?: 'days';
  /** Which records count; facts are the form's fields (json-rules-engine format, literal values). */
  readonly where?: Condition;
  readonly sort?: ChartSort;
  /** At most this many groups (top 10 …). */
  readonly limit?: number;
}

/**
 * A dimension people filter the whole dashboard by (region, industry, salesperson): a field of
 * `form`, applied to a chart of that form directly and to a chart of another form through its
 * reference field to `form`. Without `form`, each chart's own form's field of that id.
 */
export interface DashboardFilter {
  readonly id: string;
  readonly field: string;
  readonly form?: string;
  readonly label?: LocalizedText;
}

/** A dashboard: filters shared by its charts. */
export interface DashboardDefinition extends DefinitionBase<'dashboard'> {
  readonly filters: readonly DashboardFilter[];
  readonly charts: readonly ChartDefinition[];
}

/** A field as a chart reads it: on the chart's form, or through the reference field `via`. */
export interface FieldPath {
  /** The form the field belongs to. */
  readonly form: string;
  readonly info: FieldInfo;
  /** The chart form's reference field the value is read through. */
  readonly via?: FieldInfo;
}

/** How a chart's values read: counts, yuan, fractions shown as percentages, days, or plain numbers. */
export type ValueUnit = 'count' | 'money' | 'percent' | 'days' | 'number';

/** A dimension resolved against the forms. */
export interface CompiledDimension {
  readonly path: FieldPath;
  readonly bucket?: Bucket;
  readonly labels?: Readonly<Record<string, LocalizedText>>;
  readonly order?: readonly string[];
}

/** A chart resolved against the forms: what the server turns into one aggregate query. */
export interface CompiledChart {
  readonly definition: ChartDefinition;
  readonly group?: CompiledDimension;
  readonly series?: CompiledDimension;
  readonly unit: ValueUnit;
  /** Each dashboard filter that applies to this chart, by filter id. */
  readonly filters: ReadonlyMap<string, FieldPath>;
  /** Every field the chart reads (except filters), for field access: hidden from a role → chart hidden. */
  readonly reads: readonly FieldPath[];
}

/** A dashboard resolved against the forms. */
export interface CompiledDashboard {
  readonly definition: DashboardDefinition;
  /** Each filter's field, on its own form (the first chart's form that has it, without `form`). */
  readonly filters: ReadonlyMap<string, FieldPath>;
  readonly charts: readonly CompiledChart[];
}
