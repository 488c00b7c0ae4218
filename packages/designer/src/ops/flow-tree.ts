/** @module Reading and rewriting a flow's tree by ids: lanes (the root, each branch, each otherwise) hold the nodes. */
import { conditionFacts } from '@heng/engine';
import type { BranchNode, Condition, FlowBranch, FlowDefinition, FlowNode, Problem } from '@heng/engine';

/** A lane's node list. `null` names the flow's main lane; a branch or otherwise id names its own. */
export type LaneId = string | null;

type Nodes = readonly FlowNode[];

/**
 * Rewrites every lane bottom-up with `edit`, keeping the same objects where nothing changed,
 * so an edit that finds nothing returns the flow itself (and leaves no undo step).
 *
 * @example
 * mapLanes(def, (nodes, lane) => (lane === 'grade_c' ? [] : nodes))
 */
export function mapLanes(def: FlowDefinition, edit: (nodes: Nodes, lane: LaneId) => Nodes): FlowDefinition {
  const nodes = walk(def.nodes, null, edit);
  return nodes === def.nodes ? def : { ...def, nodes };
}

function walk(nodes: Nodes, lane: LaneId, edit: (nodes: Nodes, lane: LaneId) => Nodes): Nodes {
  let changed = false;
  const inner = nodes.map((n) => {
    if (n.kind !== 'branch') return n;
    const branches = n.branches.map((b) => {
      const sub = walk(b.nodes, b.id, edit);
      return sub === b.nodes ? b : { ...b, nodes: sub };
    });
    const sub = walk(n.otherwise.nodes, n.otherwise.id, edit);
    if (sub === n.otherwise.nodes && branches.every((b, i) => b === n.branches[i])) return n;
    changed = true;
    return { ...n, branches, otherwise: sub === n.otherwise.nodes ? n.otherwise : { ...n.otherwise, nodes: sub } };
  });
  return edit(changed ? inner : nodes, lane);
}

/**
 * Every id in the flow: nodes, branches and otherwise lanes (they share one namespace).
 *
 * @example
 * flowIds(creditApproval) // ['route', 'grade_a_small', 'director_only', …, 'cc_sales']
 */
export function flowIds(def: FlowDefinition): string[] {
  return [...flowPlaces(def).values()];
}

/**
 * The JSON Pointer of every node and lane, keyed by pointer, to read problems back as ids.
 *
 * @example
 * flowPlaces(def).get('/nodes/0/branches/1') // 'grade_c'
 */
export function flowPlaces(def: FlowDefinition): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (nodes: Nodes, base: string) =>
    nodes.forEach((n, i) => {
      const at = `${base}/${i}`;
      out.set(at, n.id);
      if (n.kind !== 'branch') return;
      n.branches.forEach((b, j) => {
        out.set(`${at}/branches/${j}`, b.id);
        visit(b.nodes, `${at}/branches/${j}/nodes`);
      });
      out.set(`${at}/otherwise`, n.otherwise.id);
      visit(n.otherwise.nodes, `${at}/otherwise/nodes`);
    });
  visit(def.nodes, '/nodes');
  return out;
}

/**
 * Problems grouped by the node or lane they are inside (the deepest one); problems of the flow
 * as a whole (its form, an empty flow) under `''`.
 *
 * @example
 * problemsById(def, problems).get('risk_finance') // problems under '/nodes/0/branches/1/nodes/0'
 */
export function problemsById(def: FlowDefinition, problems: readonly Problem[]): Map<string, Problem[]> {
  const places = flowPlaces(def);
  const out = new Map<string, Problem[]>();
  for (const p of problems) {
    let path = p.path;
    let id: string | undefined;
    while (path !== '' && id === undefined) {
      id = places.get(path);
      path = path.slice(0, Math.max(0, path.lastIndexOf('/')));
    }
    const key = id ?? '';
    out.set(key, [...(out.get(key) ?? []), p]);
  }
  return out;
}

/**
 * The node with `id`, wherever it is.
 *
 * @example
 * findNode(creditApproval, 'risk_finance')?.kind // 'approver'
 */
export function findNode(def: FlowDefinition, id: string): FlowNode | undefined {
  const find = (nodes: Nodes): FlowNode | undefined => {
    for (const n of nodes) {
      if (n.id === id) return n;
      if (n.kind === 'branch') {
        const hit = [...n.branches.map((b) => b.nodes), n.otherwise.nodes].map(find).find((x) => x !== undefined);
        if (hit !== undefined) return hit;
      }
    }
    return undefined;
  };
  return find(def.nodes);
}

/**
 * The fields some approver of `def` fills in as they approve (an approved amount): not the
 * submitter's to type, so a sample leaves them out.
 *
 * @example
 * approverFields(creditApproval) // Set { 'approved_amount' }
 */
export function approverFields(def: FlowDefinition): ReadonlySet<string> {
  return new Set(flowIds(def).flatMap((id) => {
    const node = findNode(def, id);
    return node?.kind === 'approver' ? (node.editableFields ?? []) : [];
  }));
}

/**
 * The text values the flow's branch conditions compare each fact with (`equal`, `notEqual`,
 * `in`, `notIn`), in order of first use: the choices a sample's free-text field (a grade copied
 * from the customer) is routed by.
 *
 * @example
 * branchValues(creditApproval).get('grade') // ['A', 'C', 'D']
 */
export function branchValues(def: FlowDefinition): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  const add = (fact: string, v: unknown) => {
    if (typeof v !== 'string' || v === '') return;
    const seen = out.get(fact) ?? [];
    if (!seen.includes(v)) out.set(fact, [...seen, v]);
  };
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if (['equal', 'notEqual', 'in', 'notIn'].includes(c.operator)) (Array.isArray(c.value) ? c.value : [c.value]).forEach((v: unknown) => add(c.fact, v));
  };
  branchConditions(def).forEach(walk);
  return out;
}

/** Every branch condition of the flow, in the order its nodes come. */
function branchConditions(def: FlowDefinition): Condition[] {
  return flowIds(def).flatMap((id) => {
    const node = findNode(def, id);
    return node?.kind === 'branch' ? node.branches.flatMap((b) => (b.when === undefined ? [] : [b.when])) : [];
  });
}

/**
 * The facts the flow's branch conditions read: the fields a sample must be able to set to take
 * each route (a branch for applications without a customer tests the reference).
 *
 * @example
 * branchFacts(creditApproval) // Set { 'grade', 'amount' }
 */
export function branchFacts(def: FlowDefinition): ReadonlySet<string> {
  return new Set(branchConditions(def).flatMap(conditionFacts));
}

/** A lane found by id: the branch node it belongs to, and the branch (absent for the otherwise lane). */
export interface LaneAt {
  readonly node: BranchNode;
  readonly branch?: FlowBranch;
  readonly index: number;
}

/**
 * The branch or otherwise lane with `id`, and its branch node (`index` is the branch's place, -1 for otherwise).
 *
 * @example
 * findLane(creditApproval, 'grade_c')?.index // 1
 */
export function findLane(def: FlowDefinition, id: string): LaneAt | undefined {
  let out: LaneAt | undefined;
  mapLanes(def, (nodes) => {
    for (const n of nodes) {
      if (n.kind !== 'branch' || out !== undefined) continue;
      const index = n.branches.findIndex((b) => b.id === id);
      const branch = n.branches[index];
      if (branch !== undefined) out = { node: n, branch, index };
      else if (n.otherwise.id === id) out = { node: n, index: -1 };
    }
    return nodes;
  });
  return out;
}
