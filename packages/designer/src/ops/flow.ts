/** @module Approval flow edits: insert and remove nodes, manage a branch node's branches, set a node's properties. */
import type { ApproverNode, ApproverSpec, BranchNode, Condition, FlowDefinition, FlowNode, LocalizedText, NodeTimeout } from '@heng/engine';
import { defaultBranchName } from './branch-name.js';
import { flowIds, mapLanes } from './flow-tree.js';
import type { LaneId } from './flow-tree.js';
import { removeById, replaceById, uniqueId } from './ids.js';

/** What the "+" between two nodes offers. */
export type NewNodeKind = 'approver' | 'copy' | 'branch';

const label = (en: string, zh: string): LocalizedText => ({ en, 'zh-CN': zh });

/** A new condition that holds for nobody until its comparison is set: an empty "all" is flagged by validation. */
const EMPTY_WHEN: Condition = { all: [] };

function freshIds(def: FlowDefinition, bases: readonly string[]): string[] {
  const taken = flowIds(def);
  return bases.map((base) => {
    const id = uniqueId(base, taken);
    taken.push(id);
    return id;
  });
}

function newNode(def: FlowDefinition, kind: NewNodeKind, when: Condition): FlowNode {
  if (kind === 'approver') {
    const [id = ''] = freshIds(def, ['approver']);
    return { id, kind, name: label('Approver', '审批人'), approvers: [], mode: 'or', whenEmpty: 'admin' };
  }
  if (kind === 'copy') {
    const [id = ''] = freshIds(def, ['copy']);
    return { id, kind, name: label('Copy to', '抄送人'), to: [] };
  }
  const [id = '', first = '', other = ''] = freshIds(def, ['branch', 'condition', 'otherwise']);
  return {
    id,
    kind,
    name: label('Condition branch', '条件分支'),
    branches: [{ id: first, name: defaultBranchName(1), when, nodes: [] }],
    otherwise: { id: other, name: label('Otherwise', '其他情况'), nodes: [] },
  };
}

/**
 * Inserts a new node into `lane` after the node `after` (`null`: at the lane's start). A branch
 * node comes with one condition and the otherwise lane. Returns the new node's id.
 *
 * @example
 * insertNode(def, null, 'route', 'approver').id // 'approver_1'
 */
export function insertNode(def: FlowDefinition, lane: LaneId, after: string | null, kind: NewNodeKind, when: Condition = EMPTY_WHEN): { def: FlowDefinition; id: string } {
  const node = newNode(def, kind, when);
  const next = mapLanes(def, (nodes, at) => {
    if (at !== lane) return nodes;
    const i = after === null ? 0 : nodes.findIndex((n) => n.id === after) + 1;
    if (i === 0 && after !== null) return nodes;
    return [...nodes.slice(0, i), node, ...nodes.slice(i)];
  });
  return { def: next, id: node.id };
}

/**
 * Removes the node `id` (with everything inside it, for a branch node).
 *
 * @example
 * removeNode(def, 'cc_sales')
 */
export function removeNode(def: FlowDefinition, id: string): FlowDefinition {
  return mapLanes(def, (nodes) => removeById(nodes, id));
}

/**
 * Replaces the node `id` by `update(node)` wherever it is.
 *
 * @example
 * updateNode(def, 'd_boss', (n) => ({ ...n, name }))
 */
export function updateNode(def: FlowDefinition, id: string, update: (node: FlowNode) => FlowNode): FlowDefinition {
  return mapLanes(def, (nodes) => {
    const next = replaceById(nodes, id, update);
    return next.every((n, i) => n === nodes[i]) ? nodes : next;
  });
}

function updateKind<K extends FlowNode['kind']>(def: FlowDefinition, id: string, kind: K, update: (node: Extract<FlowNode, { kind: K }>) => FlowNode): FlowDefinition {
  return updateNode(def, id, (n) => (n.kind === kind ? update(n as Extract<FlowNode, { kind: K }>) : n));
}

/**
 * Renames a node, a branch or an otherwise lane.
 *
 * @example
 * rename(def, 'grade_c', { en: 'Grade C', 'zh-CN': 'C 级' })
 */
export function rename(def: FlowDefinition, id: string, name: LocalizedText): FlowDefinition {
  return mapLanes(def, (nodes) => {
    const next = nodes.map((n) => (n.id === id ? { ...n, name } : n.kind === 'branch' ? renameLane(n, id, name) : n));
    return next.some((n, i) => n !== nodes[i]) ? next : nodes;
  });
}

function renameLane(n: BranchNode, id: string, name: LocalizedText): BranchNode {
  if (n.otherwise.id === id) return { ...n, otherwise: { ...n.otherwise, name } };
  const branches = replaceById(n.branches, id, (b) => ({ ...b, name }));
  return branches === n.branches ? n : { ...n, branches };
}

/** The properties of an approver node that its panel sets. */
export type ApproverPatch = Partial<Pick<ApproverNode, 'approvers' | 'mode' | 'whenEmpty' | 'editableFields'>> & { readonly timeout?: NodeTimeout | null };

/**
 * Sets properties of an approver node; `timeout: null` removes the timeout, an empty
 * `editableFields` removes the list.
 *
 * @example
 * setApprover(def, 'd_boss', { mode: 'and', whenEmpty: 'auto_reject' })
 */
export function setApprover(def: FlowDefinition, id: string, patch: ApproverPatch): FlowDefinition {
  return updateKind(def, id, 'approver', (n) => {
    const { timeout, editableFields, ...rest } = patch;
    const { timeout: oldTimeout, editableFields: oldFields, ...base } = n;
    const t = timeout === undefined ? oldTimeout : (timeout ?? undefined);
    const f = editableFields === undefined ? oldFields : editableFields.length === 0 ? undefined : editableFields;
    return { ...base, ...rest, ...(t === undefined ? {} : { timeout: t }), ...(f === undefined ? {} : { editableFields: f }) };
  });
}

/**
 * Sets who a copy node tells.
 *
 * @example
 * setCopyTo(def, 'cc_sales', [{ kind: 'role', role: 'legal' }])
 */
export function setCopyTo(def: FlowDefinition, id: string, to: readonly ApproverSpec[]): FlowDefinition {
  return updateKind(def, id, 'copy', (n) => ({ ...n, to }));
}
