/** @module Seats and steps at the current approver node: who holds an open task, and when a step is decided. */
import { addHours } from './time.js';
import { audit, emit, newTaskId, nodeAt, type Run } from './run.js';
import type { ActiveNode, Draft, Seat, SeatOrigin, Step } from './state.js';
import type { ApprovalMode, ApproverNode } from './types.js';

type CancelReason = 'decided' | 'suspended' | 'escalated' | 'timeout' | 'closed';

/** The steps a mode asks for: or-sign one `any` step, countersign one `all` step, sequential one step per person. */
export function stepsFor(mode: ApprovalMode, users: readonly string[], via: SeatOrigin): Step[] {
  const seat = (user: string): Seat => ({ user, via });
  if (mode === 'sequential') return users.map((u) => ({ rule: 'all', seats: [seat(u)] }));
  return [{ rule: mode === 'or' ? 'any' : 'all', seats: users.map(seat) }];
}

/** Whether a seat has an open task. */
export const isOpen = (s: Seat): boolean => s.decision === undefined && s.taskId !== undefined;

/** Seats that decide a step: transferred and escalated seats handed their say to someone else. */
const counts = (s: Seat): boolean => s.decision !== 'transferred' && s.decision !== 'escalated';

/** Whether a step is decided in favour: one approval for `any`, every counting seat for `all`. */
export function stepApproved(step: Step): boolean {
  const counting = step.seats.filter(counts);
  if (step.rule === 'any') return counting.some((s) => s.decision === 'approved');
  return counting.length > 0 && counting.every((s) => s.decision === 'approved');
}

/** The node the instance waits at, with its definition. Only called while it is running. */
export function active(run: Run): { cur: Draft<ActiveNode>; node: ApproverNode; step: Draft<Step> } {
  const cur = run.snap.current;
  if (cur === null) throw new Error('No active node: the instance is not running.');
  const node = nodeAt(run.flow, cur.nodeId).node as ApproverNode;
  const step = cur.steps[cur.stepIndex] as Draft<Step>;
  return { cur, node, step };
}

/** Opens tasks for the undecided seats of the current step, and restarts its deadline. */
export function activateStep(run: Run): void {
  const { cur, node, step } = active(run);
  if (node.timeout === undefined) delete cur.deadline;
  else {
    cur.deadline = addHours(run.now, node.timeout.hours);
    emit(run, { type: 'schedule_timeout', nodeId: node.id, at: cur.deadline });
  }
  openTasks(run, step.seats.filter((s) => s.decision === undefined && s.taskId === undefined));
}

/** Opens a task for each given seat (of the current step) and records the assignment. */
export function openTasks(run: Run, seats: Draft<Seat>[]): void {
  if (seats.length === 0) return;
  const { cur } = active(run);
  for (const seat of seats) {
    seat.taskId = newTaskId(run, cur.nodeId);
    emit(run, { type: 'create_task', taskId: seat.taskId, nodeId: cur.nodeId, assignee: seat.user, ...(cur.deadline === undefined ? {} : { deadline: cur.deadline }) });
  }
  audit(run, { by: null, action: 'assign', nodeId: cur.nodeId, users: seats.map((s) => s.user) });
}

/** Cancels the open tasks of the current step. Suspended seats lose their task but keep their say. */
export function closeOpen(run: Run, reason: CancelReason): void {
  if (run.snap.current === null) return;
  const { step } = active(run);
  for (const seat of step.seats) {
    if (!isOpen(seat)) continue;
    emit(run, { type: 'cancel_task', taskId: seat.taskId as string, reason });
    if (reason === 'suspended') delete seat.taskId;
    else if (reason === 'escalated') seat.decision = 'escalated';
  }
}

/** The open seat `user` holds in the current step, or why there is none. */
export function seatOf(run: Run, user: string): Draft<Seat> | 'already_decided' | 'not_your_task' {
  const { cur, step } = active(run);
  const seat = step.seats.find((s) => s.user === user && isOpen(s));
  if (seat !== undefined) return seat;
  const decided = cur.steps.some((st) => st.seats.some((s) => s.user === user && s.decision !== undefined));
  return decided ? 'already_decided' : 'not_your_task';
}

/** Moves past the current step if it is decided. `done`: the whole node is approved. */
export function settle(run: Run): 'waiting' | 'done' {
  const { cur, step } = active(run);
  if (!stepApproved(step)) return 'waiting';
  closeOpen(run, 'decided');
  cur.stepIndex += 1;
  if (cur.stepIndex >= cur.steps.length) return 'done';
  activateStep(run);
  return 'waiting';
}
