/** @module The pure transition of an approval instance: (flow, snapshot, command, now) → next snapshot and effects. */
import { schemaChecker } from '../core/ajv.js';
import { datetimeAdvice } from '../core/advice.js';
import { isIsoDatetime } from '../core/calendar.js';
import { flowCommandSchema } from './command-schema.js';
import type { CommandType, FlowCommand, TransitionResult } from './commands.js';
import type { CompiledFlow } from './compile.js';
import { addSigner } from './commands/add-signer.js';
import { approve, reject } from './commands/decide.js';
import { returnTo } from './commands/return.js';
import { resubmit, submit } from './commands/submit.js';
import { timeout } from './commands/timeout.js';
import { transfer } from './commands/transfer.js';
import { comment, withdraw } from './commands/withdraw.js';
import { refuse, type Handler } from './commands/guards.js';
import { startRun } from './run.js';
import { flowSnapshotSchema } from './snapshot-schema.js';
import type { FlowSnapshot } from './state.js';

const handlers = {
  submit,
  resubmit,
  approve,
  reject,
  return: returnTo,
  transfer,
  addSigner,
  withdraw,
  comment,
  timeout,
} satisfies { [T in CommandType]: Handler<Extract<FlowCommand, { type: T }>> };

const checkCommand = schemaChecker(flowCommandSchema);
const checkSnapshot = schemaChecker(flowSnapshotSchema);

/**
 * The snapshot of an instance not yet submitted (version 0).
 *
 * @example
 * transition(flow, initialSnapshot(flow), { type: 'submit', by: 'li', record, directory }, now)
 */
export function initialSnapshot(flow: CompiledFlow): FlowSnapshot {
  return { flowId: flow.definition.id, version: 0, status: 'draft', submitter: null, record: {}, directory: { roles: {}, managers: {}, admins: [] }, current: null, route: [], history: [], taskSeq: 0 };
}

/** Whether the snapshot fits this flow: every node id it names exists (the same flow version made it), and it waits at an approver exactly while running. */
function belongs(flow: CompiledFlow, s: FlowSnapshot): boolean {
  const cur = s.current;
  const waitsAtApprover = cur === null ? s.status !== 'running' : s.status === 'running' && flow.nodes.get(cur.nodeId)?.node.kind === 'approver' && cur.steps[cur.stepIndex] !== undefined;
  return s.flowId === flow.definition.id && waitsAtApprover && s.route.every((id) => flow.nodes.has(id));
}

/**
 * Applies one command, as a pure function that executes nothing (xstate's shape): the caller
 * stores the returned snapshot (its `version` is one higher) and applies the effects, in one
 * transaction. A command that cannot be taken is refused as data, and so is a stored snapshot
 * that is corrupt (`bad_snapshot`): `transition` never throws, and the input is never changed.
 * `now` is the caller's clock (ISO 8601 with an offset): it stamps the history and sets deadlines.
 *
 * @example
 * const r = transition(flow, snapshot, { type: 'approve', by: 'wang', version: snapshot.version }, '2025-03-01T10:00:00+08:00');
 * if (r.ok) save(r.snapshot, r.effects); else show(r.message);
 */
export function transition(flow: CompiledFlow, snapshot: FlowSnapshot, command: FlowCommand, now: string): TransitionResult {
  if (!isIsoDatetime(now)) {
    const a = datetimeAdvice(now);
    return refuse('bad_time', `"${String(now)}" is not a date-time with an offset: ${a.en}.`, `"${String(now)}" 不是带时区的日期时间：${a.zh}。`);
  }
  const [bad] = checkCommand(command);
  if (bad !== undefined) return refuse('bad_command', `Malformed command at "${bad.path}": ${bad.message}`, `命令格式错误（"${bad.path}"）：${bad.messageZh}`);
  const [damaged] = checkSnapshot(snapshot);
  if (damaged !== undefined) {
    return refuse(
      'bad_snapshot',
      `The stored approval is damaged at "${damaged.path}" (${damaged.message}): restore it from a backup or from its history, or withdraw it and start a new approval.`,
      `存储的审批数据已损坏（"${damaged.path}"：${damaged.messageZh}）：请从备份或历史记录恢复，或撤回后重新发起审批。`,
    );
  }
  if (!belongs(flow, snapshot)) {
    return refuse('wrong_flow', `This approval belongs to flow "${snapshot.flowId}" in another version; run it with the version it started with.`, `该审批属于流程 "${snapshot.flowId}" 的其他版本，请使用其发起时的版本处理。`);
  }
  if (command.version !== undefined && command.version !== snapshot.version) {
    return refuse('stale_version', `The approval changed since you read it (you read version ${command.version}, it is now ${snapshot.version}): reload it and try again.`, `该审批在您读取后已被更新（读取时版本 ${command.version}，当前版本 ${snapshot.version}）：请刷新后重试。`);
  }
  const run = startRun(flow, snapshot, now);
  const refused = (handlers[command.type] as Handler<FlowCommand>)(run, command);
  if (refused !== undefined) return refused;
  run.snap.version += 1;
  return { ok: true, snapshot: run.snap as FlowSnapshot, effects: run.effects };
}
