/** @module Which forms roll up which: the order refreshes go in, upstream records first, so writes through the same records lock them in one order. */
import type { Queryable } from '../db/port.js';
import { latestDefinitions } from '../definitions/latest.js';

/** Forms with rollups, by the forms they roll up and through which reference fields. */
export type RollupGraph = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

/**
 * The rollup graph of the tenant's latest published forms.
 *
 * @example
 * const graph = await rollupGraph(tx, tenantId); // customer ← { receivable: ['customer'], sales_order: ['customer'] }, …
 */
export async function rollupGraph(tx: Queryable, tenantId: string): Promise<RollupGraph> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const form of (await latestDefinitions(tx, tenantId)).forms) {
    for (const { from, via } of form.rollups) {
      const sources = graph.get(form.id) ?? new Map<string, string[]>();
      sources.set(from, [...new Set([...(sources.get(from) ?? []), via])]);
      graph.set(form.id, sources);
    }
  }
  return graph;
}

/**
 * Whether a refresh of a record of `from` may, through rollups, change a record of `to`.
 *
 * @example
 * feeds(graph, 'sales_order', 'customer') // true: the customer rolls up its orders
 */
export function feeds(graph: RollupGraph, from: string, to: string, seen = new Set<string>()): boolean {
  for (const [target, sources] of graph) {
    if (!sources.has(from) || seen.has(target)) continue;
    if (target === to) return true;
    seen.add(target);
    if (feeds(graph, target, to, seen)) return true;
  }
  return false;
}

/**
 * `forms` with each form that feeds another before it (a receivable's order before its customer,
 * which rolls up both), else as given; forms that feed each other stay as given.
 *
 * @example
 * upstreamFirst(graph, ['customer', 'sales_order']) // ['sales_order', 'customer']
 */
export function upstreamFirst(graph: RollupGraph, forms: readonly string[]): string[] {
  const out: string[] = [];
  let left = [...forms];
  while (left.length > 0) {
    const ready = left.filter((f) => !left.some((g) => g !== f && feeds(graph, g, f)));
    const next = ready.length > 0 ? ready : left;
    out.push(...next);
    left = left.filter((f) => !next.includes(f));
  }
  return out;
}
