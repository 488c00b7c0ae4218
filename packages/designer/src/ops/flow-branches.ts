/** @module A branch node's branches: add, remove, reorder (the otherwise lane stays last) and set their conditions. */
import type { BranchNode, Condition, FlowDefinition, FlowNode } from '@heng/engine';
import { defaultBranchName } from './branch-name.js';
import { flowIds } from './flow-tree.js';
import { moveAt, removeById, replaceById, uniqueId } from './ids.js';
import { updateNode } from './flow.js';

function updateBranchNode(def: FlowDefinition, id: string, update: (node: BranchNode) => BranchNode): FlowDefinition {
  return updateNode(def, id, (n: FlowNode) => (n.kind === 'branch' ? update(n) : n));
}

/**
 * Adds a branch after the existing ones (before the otherwise lane), with the default name "Condition n".
 *
 * @example
 * addBranch(def, 'route').id // 'condition_1'
 */
export function addBranch(def: FlowDefinition, nodeId: string, when: Condition = { all: [] }): { def: FlowDefinition; id: string } {
  const id = uniqueId('condition', flowIds(def));
  const next = updateBranchNode(def, nodeId, (n) => {
    return { ...n, branches: [...n.branches, { id, name: defaultBranchName(n.branches.length + 1), when, nodes: [] }] };
  });
  return { def: next, id };
}

/**
 * Removes a branch with its nodes; the last branch stays (a branch node needs one: remove the node instead).
 *
 * @example
 * removeBranch(def, 'route', 'grade_d')
 */
export function removeBranch(def: FlowDefinition, nodeId: string, branchId: string): FlowDefinition {
  return updateBranchNode(def, nodeId, (n) => {
    if (n.branches.length <= 1) return n;
    const branches = removeById(n.branches, branchId);
    return branches === n.branches ? n : { ...n, branches };
  });
}

/**
 * Moves a branch one place left (`-1`) or right (`1`); branches are tried in order, so this
 * changes which one wins when several hold. Unchanged at either end.
 *
 * @example
 * moveBranch(def, 'route', 'grade_c', -1) // grade C is now tried first
 */
export function moveBranch(def: FlowDefinition, nodeId: string, branchId: string, delta: -1 | 1): FlowDefinition {
  return updateBranchNode(def, nodeId, (n) => {
    const branches = moveAt(n.branches, n.branches.findIndex((b) => b.id === branchId), delta);
    return branches === n.branches ? n : { ...n, branches };
  });
}

/**
 * Sets a branch's condition.
 *
 * @example
 * setBranchWhen(def, 'route', 'grade_c', { fact: 'grade', operator: 'in', value: ['C', 'D'] })
 */
export function setBranchWhen(def: FlowDefinition, nodeId: string, branchId: string, when: Condition): FlowDefinition {
  return updateBranchNode(def, nodeId, (n) => {
    const branches = replaceById(n.branches, branchId, (b) => ({ ...b, when }));
    return branches === n.branches ? n : { ...n, branches };
  });
}
