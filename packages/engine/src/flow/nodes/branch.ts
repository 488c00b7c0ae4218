/** @module The condition branch node (条件分支): ordered routes, the first that matches is taken, else the default. */
import { validateCondition, type Facts } from '../../condition/index.js';
import type { FieldCatalog } from '../../core/catalog.js';
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { localizedTextSchema } from '../../core/localized.js';
import { problem, type Problem } from '../../core/problem.js';
import type { CompiledFlow, CompiledLane } from '../compile.js';
import { alwaysTrue, implies } from '../implies.js';
import { audit, nodeAt, runFacts } from '../run.js';
import type { BranchNode, FlowBranch } from '../types.js';
import type { Lane, NodeSpec } from './spec.js';

const nodes = { $ref: '#/$defs/flowNodes' } as const;
const lane = (extra: Record<string, unknown>, required: string[]) => ({
  type: 'object',
  properties: { id: idSchema, name: localizedTextSchema, ...extra, nodes },
  required: ['id', 'name', ...required, 'nodes'],
  additionalProperties: false,
});

/** The route a branch node takes for these facts: the first lane that holds (the default has no condition). */
function choose(flow: CompiledFlow, node: BranchNode, facts: Facts): CompiledLane {
  const lanes = nodeAt(flow, node.id).lanes;
  return lanes.find((l) => l.when === undefined || l.when(facts)) ?? (lanes[lanes.length - 1] as CompiledLane);
}

const isEmptyGroup = (b: FlowBranch): boolean => ('all' in b.when && b.when.all.length === 0) || ('any' in b.when && b.when.any.length === 0);

function checkBranch(node: BranchNode, b: FlowBranch, i: number, path: string, facts: FieldCatalog | undefined): Problem[] {
  const at = pointer(path, 'branches', i);
  const out: Problem[] = [];
  if (isEmptyGroup(b)) {
    out.push(problem(pointer(at, 'when'), 'flow.branch.when.empty', `Branch "${b.name.en}" has no condition, so it takes every record: add a condition (e.g. grade equals "C"), or move its nodes to the default route.`, `分支 "${b.name['zh-CN']}" 没有条件，会接收所有记录：请添加条件（例如 等级 等于 "C"），或将其节点移到默认分支。`));
  } else if (facts !== undefined) {
    out.push(...validateCondition(b.when, facts, pointer(at, 'when')));
  }
  const earlier = node.branches.slice(0, i).find((e) => implies(b.when, e.when));
  if (earlier !== undefined) {
    out.push(problem(at, 'flow.branch.unreachable', `Branch "${b.name.en}" can never be taken: every record it matches already goes to the earlier branch "${earlier.name.en}". Move it above "${earlier.name.en}" or narrow that branch's condition.`, `分支 "${b.name['zh-CN']}" 永远不会被执行：它匹配的记录都已进入前面的分支 "${earlier.name['zh-CN']}"。请将它移到 "${earlier.name['zh-CN']}" 之前，或收窄那个分支的条件。`));
  }
  return out;
}

/**
 * The branch node. Conditions see the record as it is when the flow reaches the node
 * (edits by earlier approvers included) plus the flow facts (`submitter`, `submitterRoles`).
 *
 * @example
 * branchNode.enter(node, run, 'after') // { kind: 'next', next: <first node of the matching route> }
 */
export const branchNode: NodeSpec<BranchNode> = {
  kind: 'branch',
  schema: {
    type: 'object',
    properties: {
      id: idSchema,
      kind: { const: 'branch' },
      name: localizedTextSchema,
      branches: { type: 'array', items: lane({ when: { $ref: '#/$defs/condition' } }, ['when']), maxItems: 50 },
      otherwise: lane({}, []),
    },
    required: ['id', 'kind', 'name', 'branches'],
    additionalProperties: false,
  },
  lanes(node) {
    const out: Lane[] = node.branches.map((b, i) => ({ id: b.id, name: b.name, nodes: b.nodes, tokens: ['branches', i, 'nodes'], when: b.when }));
    // `otherwise` is required by the type but may be missing from a definition still being checked.
    const other = node.otherwise as BranchNode['otherwise'] | undefined;
    if (other !== undefined) out.push({ id: other.id, name: other.name, nodes: other.nodes, tokens: ['otherwise', 'nodes'] });
    return out;
  },
  check(node, path, env) {
    const out: Problem[] = [];
    const name = node.name.en;
    if (node.branches.length === 0) {
      out.push(problem(pointer(path, 'branches'), 'flow.branch.empty', `Branch node "${name}" has no conditional branches: add one (e.g. "grade C"), or replace the node with the nodes of its default route.`, `条件分支节点 "${node.name['zh-CN']}" 没有任何条件分支：请添加一个（例如 "C 级客户"），或用默认分支中的节点替换它。`));
    }
    if ((node.otherwise as BranchNode['otherwise'] | undefined) === undefined) {
      out.push(problem(pointer(path, 'otherwise'), 'flow.branch.otherwise.missing', `Branch node "${name}" has no default route: add "otherwise" for the records no branch matches (it may have no nodes, to let them pass).`, `条件分支节点 "${node.name['zh-CN']}" 缺少默认分支：请添加 "otherwise"，用于不满足任何条件的记录（可不含节点，表示直接通过）。`));
    }
    node.branches.forEach((b, i) => out.push(...checkBranch(node, b, i, path, env.facts)));
    const always = node.branches.find((b) => alwaysTrue(b.when));
    if (always !== undefined && node.otherwise !== undefined) {
      out.push(problem(pointer(path, 'otherwise'), 'flow.branch.otherwise.unreachable', `The default route of "${name}" can never be taken: branch "${always.name.en}" matches every record. Give that branch a condition.`, `"${node.name['zh-CN']}" 的默认分支永远不会被执行：分支 "${always.name['zh-CN']}" 匹配所有记录。请为该分支设置条件。`));
    }
    return out;
  },
  enter(node, run, next) {
    const chosen = choose(run.flow, node, runFacts(run));
    audit(run, { by: null, action: 'branch', nodeId: node.id, branchId: chosen.id });
    return { kind: 'next', next: chosen.first ?? next };
  },
  simulate(node, sim, next) {
    const chosen = choose(sim.flow, node, sim.facts);
    return { step: { kind: 'branch', nodeId: node.id, branchId: chosen.id }, next: chosen.first ?? next };
  },
};
