/** @module The copy-to node (抄送): tells people the instance reached it, and moves on. */
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { localizedTextSchema } from '../../core/localized.js';
import { problem } from '../../core/problem.js';
import { checkPeople } from '../people.js';
import { resolvePeople } from '../resolve.js';
import { audit, emit } from '../run.js';
import type { CopyNode } from '../types.js';
import type { NodeSpec } from './spec.js';

/** Who a copy reaches: at the end of the flow (`next` null) not the submitter, who is told the outcome at once. */
function copied(node: CopyNode, people: Parameters<typeof resolvePeople>[1], next: string | null): string[] {
  const users = resolvePeople(node.to, people);
  return next === null ? users.filter((u) => u !== people.submitter) : users;
}

/**
 * The copy-to node. Nobody resolved is not an error at run time: the copy is simply not sent
 * (the history still says so), since nobody is waiting on it. The last node of a flow copies
 * everyone but the submitter, who is told the outcome just after.
 *
 * @example
 * copyNode.enter(node, run, null) // { kind: 'next', next: null }, with a copy_to effect
 */
export const copyNode: NodeSpec<CopyNode> = {
  kind: 'copy',
  schema: {
    type: 'object',
    properties: {
      id: idSchema,
      kind: { const: 'copy' },
      name: localizedTextSchema,
      to: { type: 'array', items: { $ref: '#/$defs/approverSpec' }, maxItems: 50 },
    },
    required: ['id', 'kind', 'name', 'to'],
    additionalProperties: false,
  },
  lanes: () => [],
  check(node, path, env) {
    const empty =
      node.to.length === 0
        ? [problem(pointer(path, 'to'), 'flow.copy.empty', `Copy node "${node.name.en}" copies nobody: add a role, users, a user field or the submitter's manager, or remove the node.`, `抄送节点 "${node.name['zh-CN']}" 没有抄送人：请添加角色、指定成员、人员字段或发起人的主管，或删除该节点。`)]
        : [];
    return [...empty, ...checkPeople(node.to, pointer(path, 'to'), env)];
  },
  enter(node, run, next) {
    const { directory, record, submitter } = run.snap;
    const users = copied(node, { directory, record, submitter }, next);
    audit(run, { by: null, action: 'copy', nodeId: node.id, users });
    if (users.length > 0) emit(run, { type: 'copy_to', nodeId: node.id, users });
    return { kind: 'next', next };
  },
  simulate(node, sim, next) {
    const base = { kind: 'copy', nodeId: node.id } as const;
    if (sim.directory === undefined) return { step: base, next };
    return { step: { ...base, to: copied(node, { directory: sim.directory, record: sim.record, submitter: sim.submitter }, next) }, next };
  },
};
