/** @module Validation of a flow definition: its shape, then everything about its meaning, as problems. */
import { schemaChecker } from '../core/ajv.js';
import type { ReferenceContext, ScorecardFacts } from '../core/context.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { SUBMITTER } from './commands/return.js';
import { walkNodes } from './compile.js';
import { flowCatalog } from './facts.js';
import { lanesOf, specOf } from './nodes/registry.js';
import type { CheckEnv } from './nodes/spec.js';
import { flowSchema, MAX_NESTING } from './schema.js';
import { checkStatusField } from './status-field.js';
import type { FlowDefinition } from './types.js';

const checkShape = schemaChecker(flowSchema);

/**
 * Every problem with a flow definition: first its shape (JSON Schema), then, when the shape is
 * right, its meaning: the form, its scorecard, ids, approver lists, roles, fields, conditions,
 * unreachable routes, timeouts. Never throws, whatever `input` is.
 *
 * @example
 * validateFlow(json, ctx) // [{ path: '/nodes/1/approvers/0/role', code: 'flow.role.unknown', message: 'Role "risk_oficer" does not exist. Did you mean "risk_officer"?', ... }]
 */
export function validateFlow(input: unknown, ctx: ReferenceContext): Problem[] {
  const shape = checkShape(input);
  return shape.length > 0 ? shape : checkMeaning(input as FlowDefinition, ctx);
}

/** The flow's scorecard, when it exists and scores the flow's form; else a problem on `/scorecard` in `out`. */
function checkScorecard(def: FlowDefinition, id: string, ctx: ReferenceContext, out: Problem[]): ScorecardFacts | undefined {
  const card = ctx.scorecards.get(id);
  if (card === undefined) {
    const h = hint(id, [...ctx.scorecards].filter(([, c]) => c.form === def.form).map(([k]) => k));
    out.push(problem('/scorecard', 'flow.scorecard.unknown', `Scorecard "${id}" does not exist.${h.en || ' Publish a scorecard of this form first, or remove the setting.'}`, `评分卡 "${id}" 不存在。${h.zh || '请先发布本表单的评分卡，或去掉此设置。'}`));
  } else if (card.form !== def.form) {
    out.push(problem('/scorecard', 'flow.scorecard.other_form', `Scorecard "${id}" scores form "${card.form}", not this flow's form "${def.form}": pick a scorecard of "${def.form}".`, `评分卡 "${id}" 用于表单 "${card.form}"，而非本审批流的表单 "${def.form}"：请选择 "${def.form}" 的评分卡。`));
  } else return card;
  return undefined;
}

function checkMeaning(def: FlowDefinition, ctx: ReferenceContext): Problem[] {
  const out: Problem[] = [];
  const fields = ctx.forms.get(def.form);
  if (fields === undefined) {
    const h = hint(def.form, [...ctx.forms.keys()]);
    out.push(problem('/form', 'flow.form.unknown', `Form "${def.form}" does not exist.${h.en || ' Create the form first.'}`, `表单 "${def.form}" 不存在。${h.zh || '请先创建表单。'}`));
  }
  if (fields !== undefined && def.statusField !== undefined) out.push(...checkStatusField(def.statusField, fields));
  const scorecard = def.scorecard === undefined ? undefined : checkScorecard(def, def.scorecard, ctx, out);
  const env: CheckEnv = { roles: ctx.roles, ...(fields === undefined ? {} : { fields, facts: flowCatalog(fields, scorecard) }) };
  if (def.nodes.length === 0) {
    out.push(problem('/nodes', 'flow.nodes.empty', 'The flow has no nodes: add at least one approver node.', '流程中没有任何节点：请至少添加一个审批节点。'));
  }
  const seen = new Map<string, string>();
  const claim = (id: string, at: string): void => {
    const first = seen.get(id);
    if (id === SUBMITTER) {
      out.push(problem(at, 'flow.id.reserved', `"${SUBMITTER}" is reserved (it names the submitter as a return target): choose another id.`, `"${SUBMITTER}" 是保留字（表示退回给发起人），请换一个 ID。`));
    } else if (first !== undefined) {
      out.push(problem(at, 'flow.id.duplicate', `Id "${id}" is already used at ${first}: give every node and branch its own id.`, `ID "${id}" 已在 ${first} 使用：每个节点和分支的 ID 必须唯一。`));
    } else seen.set(id, at);
  };
  let approvers = 0;
  walkNodes(def.nodes, '/nodes', ({ node, path, depth }) => {
    if (node.kind === 'approver') approvers += 1;
    claim(node.id, pointer(path, 'id'));
    for (const lane of lanesOf(node)) claim(lane.id, pointer(path, ...lane.tokens.slice(0, -1), 'id'));
    if (depth === MAX_NESTING) {
      out.push(problem(path, 'flow.nesting', `Branches nest more than ${MAX_NESTING} levels deep here: merge some conditions.`, `此处分支嵌套超过 ${MAX_NESTING} 层，请合并部分条件。`));
    }
    out.push(...specOf(node).check(node, path, env));
  });
  if (def.nodes.length > 0 && approvers === 0) {
    out.push(problem('/nodes', 'flow.approvers.none', 'The flow never asks anyone to approve: add an approver node.', '流程中没有任何审批节点：请添加审批节点。'));
  }
  return out;
}
