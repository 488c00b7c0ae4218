/** @module The route simulator: which nodes a record would pass through, and who would be asked. */
import type { Facts } from '../condition/index.js';
import type { CompiledFlow } from './compile.js';
import { factsOf, scoreOfFlow } from './facts.js';
import { specOf } from './nodes/registry.js';
import { nodeAt } from './run.js';
import type { ApprovalMode, Directory, EmptyPolicy, FlowRecord, FlowScore } from './types.js';

/** One node on a simulated route. People are listed only when a directory was given. */
export type RouteStep =
  | {
      readonly kind: 'approver';
      readonly nodeId: string;
      readonly mode: ApprovalMode;
      readonly approvers?: readonly string[];
      /** Set when the node resolved to nobody: the policy that then applies. */
      readonly whenEmpty?: EmptyPolicy;
    }
  | { readonly kind: 'copy'; readonly nodeId: string; readonly to?: readonly string[] }
  | { readonly kind: 'branch'; readonly nodeId: string; readonly branchId: string };

/** What a node sees while simulating. */
export interface Simulation {
  readonly flow: CompiledFlow;
  readonly record: FlowRecord;
  readonly facts: Facts;
  readonly directory?: Directory;
  readonly submitter: string | null;
}

/** A simulated route, and how it ends if every approver approves. */
export interface SimulatedRoute {
  readonly nodeIds: readonly string[];
  readonly steps: readonly RouteStep[];
  /** `rejected` when a node resolves to nobody and its policy rejects (or no admin exists). */
  readonly outcome: 'approved' | 'rejected';
}

/**
 * The route a record would take, evaluating branches against it as it is now and, when the flow
 * names a scorecard, against `score` (missing when not given). With a directory (and a
 * submitter, for managers), it also names the people each node would ask.
 *
 * @example
 * simulateRoute(compiled, { grade: 'A', amount: 400000 }).nodeIds // ['route', 'sales_director', 'cc_sales']
 * simulateRoute(scored, { amount: 400000 }, directory, 'li', { scorecard: 'credit_score', version: 1, score: 52, grade: 'C' })
 */
export function simulateRoute(flow: CompiledFlow, record: FlowRecord, directory?: Directory, submitter: string | null = null, score?: FlowScore): SimulatedRoute {
  const sim: Simulation = {
    flow,
    record,
    submitter,
    facts: factsOf(record, submitter, directory ?? { roles: {}, managers: {}, admins: [] }, scoreOfFlow(flow.definition, score)),
    ...(directory === undefined ? {} : { directory }),
  };
  const steps: RouteStep[] = [];
  let id: string | null = flow.first;
  while (id !== null) {
    const at = nodeAt(flow, id);
    const out = specOf(at.node).simulate(at.node, sim, at.next);
    steps.push(out.step);
    if (out.next === undefined) return { nodeIds: steps.map((s) => s.nodeId), steps, outcome: 'rejected' };
    id = out.next;
  }
  return { nodeIds: steps.map((s) => s.nodeId), steps, outcome: 'approved' };
}
