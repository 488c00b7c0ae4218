/** @module The approver node (审批人): asks people, in or-sign, countersign or sequence. */
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { localizedTextSchema } from '../../core/localized.js';
import { problem, type Problem } from '../../core/problem.js';
import { hint } from '../../core/suggest.js';
import { checkPeople } from '../people.js';
import { resolvePeople } from '../resolve.js';
import { audit, type Run } from '../run.js';
import { activateStep, stepsFor } from '../steps.js';
import type { ActiveNode, Draft, SeatOrigin } from '../state.js';
import type { ApproverNode, Directory } from '../types.js';
import type { CheckEnv, NodeSpec } from './spec.js';

const people = { type: 'array', items: { $ref: '#/$defs/approverSpec' }, maxItems: 50 } as const;

/** Who sits at the node: the resolved people, else the admins if the policy says so. */
function seatsFor(node: ApproverNode, directory: Directory, users: string[]): { users: string[]; via: SeatOrigin } {
  if (users.length > 0 || node.whenEmpty !== 'admin') return { users, via: 'resolved' };
  return { users: [...new Set(directory.admins)], via: 'admin' };
}

function checkTimeout(node: ApproverNode, path: string, env: CheckEnv): Problem[] {
  const t = node.timeout;
  if (t === undefined) return [];
  const at = pointer(path, 'timeout');
  const name = node.name.en;
  if (t.action === 'escalate' && (t.escalateTo === undefined || t.escalateTo.length === 0)) {
    return [problem(pointer(at, 'escalateTo'), 'flow.timeout.escalate_to.missing', `Node "${name}" escalates on timeout but names nobody to escalate to: add "escalateTo" (e.g. a role), or choose another action.`, `节点 "${node.name['zh-CN']}" 超时后升级，但未指定升级给谁：请添加 "escalateTo"（例如某个角色），或选择其他超时动作。`)];
  }
  if (t.action !== 'escalate' && t.escalateTo !== undefined) {
    return [problem(pointer(at, 'escalateTo'), 'flow.timeout.escalate_to.unused', `"escalateTo" is only used when the timeout action is "escalate" (it is "${t.action}"): remove it or change the action.`, `只有超时动作为 "escalate" 时才使用 "escalateTo"（当前为 "${t.action}"）：请删除它或修改超时动作。`)];
  }
  return t.escalateTo === undefined ? [] : checkPeople(t.escalateTo, pointer(at, 'escalateTo'), env);
}

function checkEditable(node: ApproverNode, path: string, env: CheckEnv): Problem[] {
  const fields = env.fields;
  if (node.editableFields === undefined || fields === undefined) return [];
  const out: Problem[] = [];
  const seen = new Set<string>();
  const editable = [...fields.values()].filter((f) => f.computed !== true).map((f) => f.id);
  node.editableFields.forEach((id, i) => {
    const at = pointer(path, 'editableFields', i);
    const field = fields.get(id);
    if (seen.has(id)) out.push(problem(at, 'flow.editable.duplicate', `Field "${id}" is listed twice: remove one.`, `字段 "${id}" 重复列出，请删除其一。`));
    else if (field === undefined) {
      const h = hint(id, editable);
      out.push(problem(at, 'flow.editable.unknown', `The form has no field "${id}".${h.en}`, `表单中没有字段 "${id}"。${h.zh}`));
    } else if (field.computed === true) {
      out.push(problem(at, 'flow.editable.computed', `Field "${id}" is computed (formula, lookup or rollup) and cannot be edited: remove it from the editable fields.`, `字段 "${id}" 由系统计算（公式、关联字段或汇总），不能编辑：请从可编辑字段中移除。`));
    }
    seen.add(id);
  });
  return out;
}

/**
 * The approver node. Entering it resolves its people; nobody found applies `whenEmpty`.
 *
 * @example
 * approverNode.enter(node, run, 'next-node') // { kind: 'wait' } once tasks are open
 */
export const approverNode: NodeSpec<ApproverNode> = {
  kind: 'approver',
  schema: {
    type: 'object',
    properties: {
      id: idSchema,
      kind: { const: 'approver' },
      name: localizedTextSchema,
      approvers: people,
      mode: { enum: ['or', 'and', 'sequential'] },
      whenEmpty: { enum: ['auto_approve', 'auto_reject', 'admin'] },
      timeout: {
        type: 'object',
        properties: { hours: { type: 'integer', minimum: 1, maximum: 8760 }, action: { enum: ['remind', 'auto_approve', 'auto_reject', 'escalate'] }, escalateTo: people },
        required: ['hours', 'action'],
        additionalProperties: false,
      },
      editableFields: { type: 'array', items: idSchema, maxItems: 500 },
    },
    required: ['id', 'kind', 'name', 'approvers', 'mode', 'whenEmpty'],
    additionalProperties: false,
  },
  lanes: () => [],
  check(node, path, env) {
    const empty =
      node.approvers.length === 0
        ? [problem(pointer(path, 'approvers'), 'flow.approvers.empty', `Node "${node.name.en}" has no approvers: add a role, users, a user field or the submitter's manager.`, `节点 "${node.name['zh-CN']}" 没有审批人：请添加角色、指定成员、人员字段或发起人的主管。`)]
        : [];
    return [...empty, ...checkPeople(node.approvers, pointer(path, 'approvers'), env), ...checkTimeout(node, path, env), ...checkEditable(node, path, env)];
  },
  enter(node, run: Run, next) {
    const { directory, record, submitter } = run.snap;
    const resolved = resolvePeople(node.approvers, { directory, record, submitter });
    if (resolved.length === 0 && node.whenEmpty === 'auto_approve') {
      audit(run, { by: null, action: 'auto_approve', nodeId: node.id, reason: 'no_approver' });
      return { kind: 'next', next };
    }
    const { users, via } = seatsFor(node, directory, resolved);
    if (users.length === 0) {
      audit(run, { by: null, action: 'auto_reject', nodeId: node.id, reason: node.whenEmpty === 'admin' ? 'no_admin' : 'no_approver' });
      return { kind: 'reject' };
    }
    run.snap.route.push(node.id);
    run.snap.current = { nodeId: node.id, steps: stepsFor(node.mode, users, via), stepIndex: 0 } as Draft<ActiveNode>;
    activateStep(run);
    return { kind: 'wait' };
  },
  simulate(node, sim, next) {
    const base = { kind: 'approver', nodeId: node.id, mode: node.mode } as const;
    if (sim.directory === undefined) return { step: base, next };
    const resolved = resolvePeople(node.approvers, { directory: sim.directory, record: sim.record, submitter: sim.submitter });
    if (resolved.length > 0) return { step: { ...base, approvers: resolved }, next };
    const { users } = seatsFor(node, sim.directory, resolved);
    const step = { ...base, approvers: users, whenEmpty: node.whenEmpty };
    return { step, next: node.whenEmpty === 'auto_approve' || users.length > 0 ? next : undefined };
  },
};
