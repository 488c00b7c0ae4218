/** @module A flow compiled once per published version: the node tree walked, nodes indexed by id, successors known, conditions compiled. */
import { compileCondition, type CompiledCondition } from '../condition/index.js';
import { pointer } from '../core/json-pointer.js';
import type { LocalizedText } from '../core/localized.js';
import { lanesOf } from './nodes/registry.js';
import type { FlowDefinition, FlowNode } from './types.js';

/** A nested route ready to be chosen: its first node and its compiled condition. */
export interface CompiledLane {
  readonly id: string;
  readonly name: LocalizedText;
  /** The first node of the route; `null` when the route is empty. */
  readonly first: string | null;
  /** Absent on the default route. */
  readonly when?: CompiledCondition;
}

/** A node with what running it needs. */
export interface CompiledNode {
  readonly node: FlowNode;
  readonly path: string;
  readonly next: string | null;
  readonly lanes: readonly CompiledLane[];
}

/** What `transition` and `simulateRoute` run. */
export interface CompiledFlow {
  readonly definition: FlowDefinition;
  /** The first node, `null` for a flow without nodes. */
  readonly first: string | null;
  readonly nodes: ReadonlyMap<string, CompiledNode>;
}

/**
 * Compiles a flow that validated without problems.
 *
 * @example
 * const compiled = compileFlow(definition);
 * compiled.nodes.get('director')?.next // the node after the sales director, or null
 */
export function compileFlow(definition: FlowDefinition): CompiledFlow {
  const nodes = new Map<string, CompiledNode>();
  walkNodes(definition.nodes, '/nodes', ({ node, path, next }) => {
    const lanes = lanesOf(node).map((lane) => ({
      id: lane.id,
      name: lane.name,
      first: lane.nodes[0]?.id ?? null,
      ...(lane.when === undefined ? {} : { when: compileCondition(lane.when) }),
    }));
    nodes.set(node.id, { node, path, next, lanes });
  });
  return { definition, first: definition.nodes[0]?.id ?? null, nodes };
}

/** What a walk sees at each node. */
export interface Visit {
  readonly node: FlowNode;
  /** JSON Pointer to the node in the definition. */
  readonly path: string;
  /** The node the flow goes to when this one is done (`null`: the flow is approved). */
  readonly next: string | null;
  /** Branch nesting depth: 0 at the top level. */
  readonly depth: number;
}

/**
 * Calls `visit` on every node, parents before children. A node's successor is the node after
 * it in its list or, at the end of a list, the successor of the branch node that holds it.
 *
 * @example
 * walkNodes(flow.nodes, '/nodes', (v) => console.log(v.node.id, v.next));
 */
export function walkNodes(
  nodes: readonly FlowNode[],
  base: string,
  visit: (v: Visit) => void,
  after: string | null = null,
  depth = 0,
): void {
  nodes.forEach((node, i) => {
    const next = nodes[i + 1]?.id ?? after;
    const path = pointer(base, i);
    visit({ node, path, next, depth });
    for (const lane of lanesOf(node)) walkNodes(lane.nodes, pointer(path, ...lane.tokens), visit, next, depth + 1);
  });
}
