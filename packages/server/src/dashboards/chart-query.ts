/** @module One chart as one aggregate statement over `records`: grouped, filtered, capped; never the records themselves. */
import { chartOrder, isRatio, scoreColumnOf } from '@heng/engine';
import type { AggregateMetric, CompiledChart, FieldCatalog, FieldPath, ScoreColumn } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { json } from '../db/port.js';
import { Params } from '../records/list-keys.js';
import { conditionSql } from './condition-sql.js';
import { dimensionSql } from './dimension-sql.js';
import { filledSql, jsonAt, valueSql } from './sql-values.js';

/** Most rows one chart's statement returns; past it the chart says it is truncated. */
export const MAX_ROWS = 5000;

/** One group of a chart as the statement returns it: keys, and the aggregates as exact decimal text. */
export interface ChartRow {
  readonly g: string | null;
  readonly s: string | null;
  readonly a: string | null;
  readonly b: string | null;
}

/** What a chart's statement reads besides the chart: the filter values and the caller's row condition. */
export interface ChartQueryInput {
  readonly tenantId: string;
  readonly catalog: FieldCatalog;
  /** Chosen filter values by filter id (only those that apply to this chart are used). */
  readonly filters: ReadonlyMap<string, string | boolean>;
  /** Extra WHERE conditions on the chart's records (`r`), e.g. row access; they may bind in `params`. */
  readonly rowConditions?: (params: Params) => readonly string[];
}

/** A metric's aggregate of `value`, the SQL of its field (unused by a count of records). */
function aggregateSql(m: AggregateMetric, value: (field: string) => string): string {
  if (m.field === undefined) return 'count(*)';
  if (m.aggregate === 'count') return scoreColumnOf(m.field) === undefined ? `count(*) FILTER (WHERE ${filledSql('r', m.field)})` : `count(${value(m.field)})`;
  return `${m.aggregate}(${value(m.field)})`;
}

function filterSql(path: FieldPath, value: string | boolean, params: Params): string {
  const record = path.via === undefined ? 'r.id' : `(${jsonAt('r', path.via.id).text})`;
  const column = scoreColumnOf(path.info.id);
  // A grade (a score is a number, never a filter): the records (or the live records they point at) whose latest score has it.
  if (column !== undefined) {
    const scored = `SELECT sf.record_id FROM scores sf WHERE sf.tenant_id = $1 AND sf.scorecard_id = ${params.add(column.scorecard)} AND sf.grade = ${params.add(value)}`;
    return path.via === undefined ? `${record} IN (${scored})` : `${record} IN (SELECT t.id FROM records t WHERE t.tenant_id = $1 AND t.deleted_at IS NULL AND t.id IN (${scored}))`;
  }
  const match = `data @> ${params.add(json({ [path.info.id]: value }))}`;
  if (path.via === undefined) return `r.${match}`;
  return `${record} IN (SELECT t.id FROM records t WHERE t.tenant_id = $1 AND t.form_id = ${params.add(path.form)} AND t.deleted_at IS NULL AND t.${match})`;
}

/**
 * The rows of one chart: per group (and series), its aggregates, ordered as the chart shows
 * them and capped at {@link MAX_ROWS} + 1 (one more tells the chart it was cut). A field of
 * another form is read through a join on the reference field's record id.
 *
 * @example
 * const rows = await chartRows(tx, chart, { tenantId, catalog, filters: new Map([['region', 'east']]) });
 * // [{ g: 'A', s: null, a: '12', b: null }, ...]
 */
export async function chartRows(tx: Queryable, chart: CompiledChart, input: ChartQueryInput): Promise<ChartRow[]> {
  const def = chart.definition;
  const params = new Params([input.tenantId, def.form]);
  const joined = new Map<string, { readonly alias: string; readonly path: FieldPath }>();
  const aliasOf = (path: FieldPath): string => {
    if (path.via === undefined) return 'r';
    const found = joined.get(path.via.id) ?? { alias: `j${joined.size}`, path };
    joined.set(path.via.id, found);
    return found.alias;
  };
  // Each scorecard read joins its latest stored score of the record: one row per record and scorecard.
  const scored = new Map<string, string>();
  const scoreSql = (column: ScoreColumn): string => {
    const alias = scored.get(column.scorecard) ?? `s${scored.size}`;
    scored.set(column.scorecard, alias);
    return column.part === 'score' ? `${alias}.total` : `${alias}.grade`;
  };
  const pathSql = (path: FieldPath): string => {
    const column = scoreColumnOf(path.info.id);
    return column === undefined ? valueSql(aliasOf(path), path.info) : scoreSql(column);
  };
  const [g, s] = [chart.group, chart.series].map((d) => (d === undefined ? undefined : dimensionSql(d, pathSql(d.path), params)));
  const metricSql = (field: string): string => {
    const column = scoreColumnOf(field);
    return column === undefined ? valueSql('r', input.catalog.get(field)!) : scoreSql(column);
  };
  const [a = 'NULL', b = 'NULL'] = (isRatio(def.metric) ? def.metric.ratio : [def.metric]).map((m) => aggregateSql(m, metricSql));
  const where = ['r.tenant_id = $1', 'r.form_id = $2', 'r.deleted_at IS NULL'];
  if (def.where !== undefined) where.push(conditionSql(def.where, input.catalog, 'r', params));
  for (const [id, path] of chart.filters) {
    const value = input.filters.get(id);
    if (value !== undefined) where.push(filterSql(path, value, params));
  }
  where.push(...(input.rowConditions?.(params) ?? []));
  // A record whose reference is empty or points at a deleted record still counts, in the empty group.
  const joins = [...joined.values()].map(({ alias, path }) => `LEFT JOIN records ${alias} ON ${alias}.tenant_id = r.tenant_id AND ${alias}.id = (${jsonAt('r', path.via!.id).text}) AND ${alias}.form_id = ${params.add(path.form)} AND ${alias}.deleted_at IS NULL`);
  // A record not scored (yet) still counts, without a score or grade.
  joins.push(...[...scored].map(([card, alias]) => `LEFT JOIN scores ${alias} ON ${alias}.tenant_id = r.tenant_id AND ${alias}.record_id = r.id AND ${alias}.scorecard_id = ${params.add(card)}`));
  let grouping = '';
  if (g !== undefined) {
    const order = chartOrder(chart);
    const by = order.by === 'value' ? (isRatio(def.metric) ? `(${a}) / NULLIF(${b}, 0)` : a) : g.order;
    grouping = `GROUP BY ${[g, s].flatMap((d) => (d === undefined ? [] : [d.group])).join(', ')} ORDER BY ${by} ${order.order === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, 1, 2 LIMIT ${MAX_ROWS + 1}`;
  }
  const sql = `SELECT ${g?.key ?? 'NULL'} AS g, ${s?.key ?? 'NULL'} AS s, (${a})::text AS a, (${b})::text AS b FROM records r ${joins.join(' ')} WHERE ${where.join(' AND ')} ${grouping}`;
  return tx.query<ChartRow>(sql, params.values);
}
