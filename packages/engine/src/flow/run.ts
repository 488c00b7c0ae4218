/** @module The working state of one `transition`: a private copy of the snapshot and the effects so far. */
import type { FlowEffect } from './commands.js';
import type { CompiledFlow, CompiledNode } from './compile.js';
import { factsOf, scoreOfFlow } from './facts.js';
import { draftOf, type AuditEntry, type Draft, type FlowSnapshot } from './state.js';
import { addHours } from './time.js';
import type { Facts } from '../condition/index.js';

/** One transition in progress. `snap` is a deep copy: the caller's snapshot is never touched. */
export interface Run {
  readonly flow: CompiledFlow;
  readonly now: string;
  readonly snap: Draft<FlowSnapshot>;
  readonly effects: FlowEffect[];
}

/**
 * Starts a run on a copy of `snapshot` (plain JSON, so a JSON round trip copies it exactly).
 * `now` is kept in UTC, like deadlines, so every time in a snapshot sorts as text.
 */
export function startRun(flow: CompiledFlow, snapshot: FlowSnapshot, now: string): Run {
  return { flow, now: addHours(now, 0), snap: draftOf(snapshot), effects: [] };
}

/** Appends to the history, numbering and timing the entry. */
export function audit(run: Run, entry: Omit<AuditEntry, 'seq' | 'at'>): void {
  const clean = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as Omit<AuditEntry, 'seq' | 'at'>;
  run.snap.history.push({ seq: run.snap.history.length + 1, at: run.now, ...clean } as Draft<AuditEntry>);
}

/** Queues an effect for the server. */
export function emit(run: Run, effect: FlowEffect): void {
  run.effects.push(effect);
}

/** A fresh task id, unique within the instance: `<node id>.<counter>`. */
export function newTaskId(run: Run, nodeId: string): string {
  run.snap.taskSeq += 1;
  return `${nodeId}.${run.snap.taskSeq}`;
}

/** The facts branch conditions see now (the record as edited so far, its score as submitted, plus the flow facts). */
export function runFacts(run: Run): Facts {
  return factsOf(run.snap.record, run.snap.submitter, run.snap.directory, scoreOfFlow(run.flow.definition, run.snap.score));
}

/** The submitter, for notifications; empty before submission. */
export function submitterOf(run: Run): string[] {
  return run.snap.submitter === null ? [] : [run.snap.submitter];
}

/** The compiled node, which must exist: `transition` refuses snapshots whose node ids the flow lacks. */
export function nodeAt(flow: CompiledFlow, id: string): CompiledNode {
  const found = flow.nodes.get(id);
  if (found === undefined) throw new Error(`Flow "${flow.definition.id}" has no node "${id}".`);
  return found;
}
