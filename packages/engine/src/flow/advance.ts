/** @module Moving an instance forward: entering nodes until one waits for people, or the flow ends. */
import type { FlowOutcome } from './state.js';
import { specOf } from './nodes/registry.js';
import { audit, emit, nodeAt, submitterOf, type Run } from './run.js';
import { closeOpen } from './steps.js';

/**
 * Enters `from` and the nodes after it until one waits for people. Reaching the end of the
 * flow approves it; a node that rejects (nobody to ask, policy `auto_reject`) rejects it.
 *
 * @example
 * advance(run, run.flow.first) // after submit
 */
export function advance(run: Run, from: string | null): void {
  let id = from;
  while (id !== null) {
    const at = nodeAt(run.flow, id);
    const entry = specOf(at.node).enter(at.node, run, at.next);
    if (entry.kind === 'wait') return;
    if (entry.kind === 'reject') return finish(run, 'rejected', null);
    id = entry.next;
  }
  finish(run, 'approved', null);
}

/** The current node is approved: leave it and go on to its successor. */
export function leaveNode(run: Run): void {
  const cur = run.snap.current;
  if (cur === null) return;
  const next = nodeAt(run.flow, cur.nodeId).next;
  run.snap.current = null;
  advance(run, next);
}

/**
 * Ends the instance: closes open tasks, tells the submitter, and records the outcome.
 * `by` is who caused it (the withdrawing submitter, a rejecting approver), `null` for the
 * engine; the submitter is not notified of their own act.
 */
export function finish(run: Run, outcome: FlowOutcome, by: string | null): void {
  closeOpen(run, 'closed');
  run.snap.current = null;
  run.snap.status = outcome;
  audit(run, { by: null, action: 'finish', outcome });
  const to = submitterOf(run).filter((u) => u !== by);
  if (to.length > 0) emit(run, { type: 'notify', to, reason: 'outcome', outcome });
  emit(run, { type: 'finished', outcome });
}
