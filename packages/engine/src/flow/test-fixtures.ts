/** @module Shared by the flow tests: a credit application form, a directory, node builders and an instance driver with a fake clock. */
import { catalogOf } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import type { FlowCommand, FlowEffect, TransitionResult } from './commands.js';
import { compileFlow, type CompiledFlow } from './compile.js';
import type { FlowSnapshot } from './state.js';
import { addHours } from './time.js';
import { initialSnapshot, transition } from './transition.js';
import type { ApproverNode, ApproverSpec, Directory, FlowDefinition, FlowNode } from './types.js';

/** The fake clock's start: Monday 9:00 in Shanghai. */
export const T0 = '2025-03-03T09:00:00+08:00';

/** The same instant as the snapshot records it: times in snapshots are UTC. */
export const T0_UTC = '2025-03-03T01:00:00.000Z';

/** Both languages, for test labels. */
export const label = (en: string, zh = en) => ({ 'zh-CN': zh, en });

/** The fields of a credit application (授信申请). */
export const creditFields = catalogOf([
  { id: 'customer', type: 'reference', kind: 'text' },
  { id: 'amount', type: 'money', kind: 'number' },
  { id: 'approved_amount', type: 'money', kind: 'number' },
  { id: 'grade', type: 'single_select', kind: 'text', options: ['A', 'B', 'C', 'D'] },
  { id: 'salesperson', type: 'user', kind: 'text' },
  { id: 'reason', type: 'long_text', kind: 'text' },
  { id: 'available_credit', type: 'money', kind: 'number', computed: true },
]);

/** The roles of the bundled credit template. */
export const ROLES = ['salesperson', 'sales_manager', 'sales_director', 'risk_officer', 'finance_director', 'legal', 'boss'];

export const ctx: ReferenceContext = {
  forms: new Map([['credit_application', creditFields]]),
  roles: new Set(ROLES),
  flows: new Set(),
  scorecards: new Map(),
};

/** li (salesperson) → sun (sales manager) → wang (sales director) → boss. */
export const directory: Directory = {
  roles: { salesperson: ['li', 'zhou'], sales_manager: ['sun'], sales_director: ['wang'], risk_officer: ['zhao'], finance_director: ['qian'], legal: ['chen'], boss: ['boss'] },
  managers: { li: 'sun', zhou: 'sun', sun: 'wang', wang: 'boss' },
  admins: ['admin'],
};

/** An approver node; by default an or-sign of `users` that falls back to the admins. */
export function approver(id: string, who: readonly ApproverSpec[], extra: Partial<ApproverNode> = {}): ApproverNode {
  return { id, kind: 'approver', name: label(id), approvers: who, mode: 'or', whenEmpty: 'admin', ...extra };
}

export const users = (...ids: string[]): ApproverSpec => ({ kind: 'users', users: ids });
export const role = (r: string): ApproverSpec => ({ kind: 'role', role: r });

/** A flow on the credit application form. */
export function flowOf(nodes: readonly FlowNode[], id = 'test_flow'): FlowDefinition {
  return { kind: 'flow', id, name: label('Test flow', '测试流程'), form: 'credit_application', nodes };
}

/** Drives one instance through commands with a fake clock, keeping the latest snapshot. */
export class Instance {
  readonly flow: CompiledFlow;
  snapshot: FlowSnapshot;
  now = T0;
  /** Effects of the last accepted command. */
  effects: readonly FlowEffect[] = [];

  constructor(def: FlowDefinition) {
    this.flow = compileFlow(def);
    this.snapshot = initialSnapshot(this.flow);
  }

  /** Moves the fake clock on. */
  wait(hours: number): this {
    this.now = addHours(this.now, hours);
    return this;
  }

  /** Sends a command; keeps the new snapshot when accepted. */
  send(command: FlowCommand): TransitionResult {
    const r = transition(this.flow, this.snapshot, command, this.now);
    if (r.ok) {
      this.snapshot = r.snapshot;
      this.effects = r.effects;
    }
    return r;
  }

  /** Sends a command that must be accepted, and returns its effects. */
  ok(command: FlowCommand): readonly FlowEffect[] {
    const r = this.send(command);
    if (!r.ok) throw new Error(`refused ${command.type}: ${r.code} ${r.message}`);
    return r.effects;
  }

  /** Submits `record` as li, with the test directory. */
  submit(record: Record<string, unknown> = {}, by = 'li'): readonly FlowEffect[] {
    return this.ok({ type: 'submit', by, record, directory });
  }

  /** Who holds an open task now. */
  holders(): string[] {
    const cur = this.snapshot.current;
    if (cur === null) return [];
    return (cur.steps[cur.stepIndex]?.seats ?? []).filter((s) => s.decision === undefined && s.taskId !== undefined).map((s) => s.user);
  }

  /** The node the instance waits at. */
  at(): string | null {
    return this.snapshot.current?.nodeId ?? null;
  }

  /** The history as `action by node` lines, for readable assertions. */
  trail(): string[] {
    return this.snapshot.history.map((e) => [e.action, e.by ?? '-', e.nodeId ?? '-'].join(' '));
  }
}
