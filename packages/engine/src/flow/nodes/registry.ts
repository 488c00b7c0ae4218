/** @module The registry of node kinds: one spec per kind, none missing. */
import type { FlowNode, NodeKind, NodeOf } from '../types.js';
import { approverNode } from './approver.js';
import { branchNode } from './branch.js';
import { copyNode } from './copy.js';
import type { Lane, NodeSpec } from './spec.js';

/**
 * Every node kind's spec. `satisfies` makes a kind without a spec a compile error, so a new
 * kind is one file plus one line here.
 *
 * @example
 * nodeKinds.approver.schema // the JSON Schema of an approver node
 */
export const nodeKinds = {
  approver: approverNode,
  copy: copyNode,
  branch: branchNode,
} satisfies { [K in NodeKind]: NodeSpec<NodeOf<K>> };

/**
 * The node kinds, in the order the designer offers them.
 *
 * @example
 * NODE_KINDS // ['approver', 'copy', 'branch']
 */
export const NODE_KINDS = Object.keys(nodeKinds) as NodeKind[];

/** The spec of a node's kind, typed for any node. */
export function specOf(node: FlowNode): NodeSpec<FlowNode> {
  return nodeKinds[node.kind] as unknown as NodeSpec<FlowNode>;
}

/** The node lists nested in a node. */
export function lanesOf(node: FlowNode): readonly Lane[] {
  return specOf(node).lanes(node);
}
