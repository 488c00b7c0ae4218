/** @module Formula dependencies: the order to compute them in, and the cycles that forbid one. */

/** The outcome of ordering formulas: `order` lists ids dependencies-first; `cycles` each closed path. */
export interface FormulaOrder {
  readonly order: readonly string[];
  /** Each cycle as a path that returns to its start, e.g. `['a', 'b', 'a']`. */
  readonly cycles: readonly (readonly string[])[];
}

/**
 * Orders formulas so each comes after the formulas it reads, and finds the cycles (strongly
 * connected components, Tarjan) that make an order impossible. Reads of non-formula fields
 * are ignored. Deterministic: ties keep definition order.
 *
 * @example
 * formulaOrder(new Map([['ratio', ['total']], ['total', []]])).order // ['total', 'ratio']
 * formulaOrder(new Map([['a', ['b']], ['b', ['a']]])).cycles        // [['a', 'b', 'a']]
 */
export function formulaOrder(reads: ReadonlyMap<string, readonly string[]>): FormulaOrder {
  const edges = new Map([...reads].map(([id, refs]) => [id, [...new Set(refs)].filter((r) => reads.has(r))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const order: string[] = [];
  const cycles: string[][] = [];

  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    // Tarjan emits components dependencies-first, which is the computing order.
    if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(closedPath(v, new Set(component), edges));
    else order.push(v);
  };
  for (const id of edges.keys()) if (!index.has(id)) visit(id);
  return { order, cycles };
}

/** A shortest path from `start` back to itself inside one component (breadth-first). */
function closedPath(start: string, members: ReadonlySet<string>, edges: ReadonlyMap<string, readonly string[]>): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() as string;
    for (const w of edges.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const between: string[] = [];
        for (let at = v; at !== start; at = parent.get(at) as string) between.unshift(at);
        return [start, ...between, start];
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
