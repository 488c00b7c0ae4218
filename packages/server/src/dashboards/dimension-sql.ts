/** @module What a chart groups by, in SQL: a group key as text, and the expression that orders the groups. */
import type { CompiledDimension } from '@heng/engine';
import type { Params } from '../records/list-keys.js';

/** A dimension in SQL: what to group by, the group's `key` as text (NULL without a value), and its `order`. */
export interface DimensionSql {
  readonly group: string;
  readonly key: string;
  readonly order: string;
}

/**
 * The group key of a dimension whose value is the SQL `v` (see `columnSql`): `2024-03` for a month, `2024-Q1` for a
 * quarter, the lower bound of a width bucket (`20000000` for 20,000,000–30,000,000), else the value.
 * Buckets and numbers order as numbers, text in code-unit order (stable across databases).
 *
 * @example
 * dimensionSql({ path: issuedOn, bucket: 'month' }, valueSql('r', issuedOn.info), params).key // "substr((CASE ... END), 1, 7)"
 */
export function dimensionSql(dim: CompiledDimension, v: string, params: Params): DimensionSql {
  const bucket = dim.bucket;
  const text = (group: string): DimensionSql => ({ group, key: group, order: `${group} COLLATE "C"` });
  const number = (group: string): DimensionSql => ({ group, key: `${group}::text`, order: group });
  if (bucket === 'month') return text(`substr(${v}, 1, 7)`);
  if (bucket === 'quarter') return text(`(substr(${v}, 1, 4) || '-Q' || ((substr(${v}, 6, 2)::int + 2) / 3)::text)`);
  if (bucket !== undefined) {
    const width = `${params.add(bucket.width)}::numeric`;
    const lower = `(floor(${v} / ${width}) * ${width})`;
    if (bucket.max === undefined) return number(lower);
    // With a top, the last range is the one that ends at or past it, and holds it and all above
    // (a CASE, not LEAST, which would put a record without a value there too).
    const last = `(ceil(${params.add(bucket.max)}::numeric / ${width}) * ${width} - ${width})`;
    return number(`(CASE WHEN ${lower} > ${last} THEN ${last} ELSE ${lower} END)`);
  }
  return dim.path.info.kind === 'number' ? number(v) : text(v);
}
