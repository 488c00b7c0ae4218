/** @module Month, quarter and width buckets: every bucket from the first to the last, and the days of a calendar bucket. */
import type { CompiledDimension } from '@heng/engine';

/** Most buckets a chart fills in between its first and last; past it only the buckets with records show. */
export const MAX_BUCKETS = 1000;

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Month or quarter keys as consecutive indices (months since year 0), and back. */
function calendarIndex(key: string, bucket: 'month' | 'quarter'): number | undefined {
  const m = (bucket === 'month' ? MONTH : QUARTER).exec(key);
  if (m === null) return undefined;
  return Number(m[1]) * (bucket === 'month' ? 12 : 4) + Number(m[2]) - 1;
}

function calendarKey(index: number, bucket: 'month' | 'quarter'): string {
  const per = bucket === 'month' ? 12 : 4;
  const year = Math.floor(index / per);
  const part = (index % per) + 1;
  return bucket === 'month' ? `${year}-${pad(part)}` : `${year}-Q${part}`;
}

/**
 * The keys of a bucketed dimension from the smallest to the largest present, none missing
 * (a width bucket's key is its lower bound, written as JavaScript writes the number), in `order`.
 *
 * @example
 * bucketKeys({ path, bucket: 'month' }, ['2024-03', '2024-01'], 'asc') // ['2024-01', '2024-02', '2024-03']
 * bucketKeys({ path, bucket: { width: 10 } }, ['20', '0'], 'desc') // ['20', '10', '0']
 */
export function bucketKeys(dim: CompiledDimension, keys: readonly string[], order: 'asc' | 'desc'): string[] {
  const bucket = dim.bucket;
  let out: string[];
  if (bucket === 'month' || bucket === 'quarter') {
    const at = keys.map((k) => calendarIndex(k, bucket)).filter((i): i is number => i !== undefined);
    const [lo, hi] = [Math.min(...at), Math.max(...at)];
    out = at.length === 0 ? [] : hi - lo >= MAX_BUCKETS ? [...new Set(at)].sort((x, y) => x - y).map((i) => calendarKey(i, bucket)) : Array.from({ length: hi - lo + 1 }, (_, i) => calendarKey(lo + i, bucket));
  } else if (bucket !== undefined) {
    const at = keys.map(Number).filter(Number.isFinite);
    const steps = at.length === 0 ? 0 : Math.round((Math.max(...at) - Math.min(...at)) / bucket.width);
    const lo = Math.min(...at);
    // Each bound is computed from the first, so no rounding builds up: 0.1 + 0.1 + 0.1 is not 0.3.
    out = steps >= MAX_BUCKETS ? [...new Set(at)].sort((x, y) => x - y).map(String) : at.length === 0 ? [] : Array.from({ length: steps + 1 }, (_, i) => String(Number((lo + i * bucket.width).toPrecision(15))));
  } else out = [...keys];
  return order === 'desc' ? out.reverse() : out;
}

/**
 * The days of a month (`2024-02` → 29) or quarter (`2024-Q1` → 91) key; 1 for anything else.
 *
 * @example
 * daysOf('2023-02') // 28
 */
export function daysOf(key: string): number {
  const days = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const month = MONTH.exec(key);
  if (month !== null) return days(Number(month[1]), Number(month[2]));
  const quarter = QUARTER.exec(key);
  if (quarter === null) return 1;
  const first = (Number(quarter[2]) - 1) * 3 + 1;
  return [0, 1, 2].reduce((n, i) => n + days(Number(quarter[1]), first + i), 0);
}
