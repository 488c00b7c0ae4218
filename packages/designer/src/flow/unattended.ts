/** @module Where a record meets no approver: lanes that lead to the end with nobody deciding, and simulated routes that do. */
import type { FlowDefinition, FlowNode, SimulatedRoute } from '@heng/engine';

type Nodes = readonly FlowNode[];

/** Whether a record can pass `nodes` without reaching an approver node (through a branch, by some lane of it). */
const passes = (nodes: Nodes): boolean => nodes.every((n) => n.kind !== 'approver' && (n.kind !== 'branch' || [...n.branches, n.otherwise].some((l) => passes(l.nodes))));

/**
 * The branch and otherwise lanes by which a record reaches the end of the flow without any approver:
 * nothing before its branch node, in the lane, nor after it asks anyone, so the run approves it as soon as it is
 * submitted. Such a lane may be meant (small amounts approved at once), so this is a notice, not a problem.
 *
 * @example
 * unattendedLanes({ ...creditApproval, nodes: [{ ...route, otherwise: { ...route.otherwise, nodes: [] } }] }) // Set { 'other' }
 */
export function unattendedLanes(def: FlowDefinition): ReadonlySet<string> {
  const out = new Set<string>();
  // `headPasses`: a record can reach these nodes with nobody asked yet; `tailPasses`: and leave the
  // nodes after them so. A lane is unattended only when all three pass: before it, it, after it.
  const visit = (nodes: Nodes, headPasses: boolean, tailPasses: boolean) =>
    nodes.forEach((n, i) => {
      if (n.kind !== 'branch') return;
      const before = headPasses && passes(nodes.slice(0, i));
      const after = tailPasses && passes(nodes.slice(i + 1));
      for (const lane of [...n.branches, n.otherwise]) {
        if (before && after && passes(lane.nodes)) out.add(lane.id);
        visit(lane.nodes, before, after);
      }
    });
  visit(def.nodes, true, true);
  return out;
}

/**
 * Whether a simulated route is approved with nobody deciding: no approver on it, or only approvers who
 * resolve to nobody and approve automatically.
 *
 * @example
 * nobodyDecides({ nodeIds: ['route'], steps: [{ kind: 'branch', nodeId: 'route', branchId: 'other' }], outcome: 'approved' }) // true
 */
export const nobodyDecides = (route: SimulatedRoute): boolean => route.outcome === 'approved' && route.steps.every((s) => s.kind !== 'approver' || s.whenEmpty === 'auto_approve');
