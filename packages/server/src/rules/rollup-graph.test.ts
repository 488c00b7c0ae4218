import { describe, expect, it } from 'vitest';
import { feeds, upstreamFirst } from './rollup-graph.js';
import type { RollupGraph } from './rollup-graph.js';

// The credit template's rollups: receivables roll up payments, orders roll up receivables
// (invoiced), customers roll up orders and receivables.
const graph: RollupGraph = new Map([
  ['receivable', new Map([['payment', ['receivable']]])],
  ['sales_order', new Map([['receivable', ['order']]])],
  ['customer', new Map([['receivable', ['customer']], ['sales_order', ['customer']]])],
]);

describe('the order rollups are refreshed in', () => {
  it('puts a form before the forms it feeds, so a payment and an order edit lock the order before the customer alike', () => {
    expect(feeds(graph, 'sales_order', 'customer')).toBe(true);
    expect(feeds(graph, 'payment', 'customer')).toBe(true);
    expect(feeds(graph, 'customer', 'sales_order')).toBe(false);
    // A receivable's write refreshes its order and its customer: the order first, whatever order the forms are listed in.
    expect(upstreamFirst(graph, ['customer', 'sales_order'])).toEqual(['sales_order', 'customer']);
    expect(upstreamFirst(graph, ['sales_order', 'customer'])).toEqual(['sales_order', 'customer']);
  });

  it('keeps forms that feed each other as listed', () => {
    const loop: RollupGraph = new Map([['a', new Map([['b', ['b']]])], ['b', new Map([['a', ['a']]])]]);
    expect(upstreamFirst(loop, ['b', 'a'])).toEqual(['b', 'a']);
  });
});
