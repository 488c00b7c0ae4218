import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { schemaChecker } from '../core/ajv.js';
import type { FlowCommand, FlowEffect } from './commands.js';
import { compileFlow } from './compile.js';
import type { FlowSnapshot } from './state.js';
import { Instance, T0, approver, directory, flowOf, role, users } from './test-fixtures.js';
import { flowSnapshotSchema } from './snapshot-schema.js';
import { initialSnapshot, transition } from './transition.js';

const def = flowOf([approver('review', [users('zhao', 'qian')], { mode: 'and', timeout: { hours: 2, action: 'remind' } }), approver('boss', [users('boss')])]);
const flow = compileFlow(def);

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object') {
    Object.values(v).forEach(deepFreeze);
    Object.freeze(v);
  }
  return v;
}

describe('transition', () => {
  it('starts from a draft of version 0', () => {
    expect(initialSnapshot(flow)).toMatchObject({ flowId: 'test_flow', version: 0, status: 'draft', current: null, history: [] });
  });

  it('never changes the snapshot it is given, and raises the version by one', () => {
    const inst = new Instance(def);
    inst.submit();
    const before = deepFreeze(inst.snapshot);
    const r = transition(flow, before, { type: 'approve', by: 'zhao' }, T0);
    expect(r.ok && r.snapshot.version).toBe(before.version + 1);
    expect(before.current?.steps[0]?.seats[0]?.decision).toBeUndefined();
  });

  it('refuses a command built on a stale version (optimistic concurrency)', () => {
    const inst = new Instance(def);
    inst.submit();
    const read = inst.snapshot.version;
    inst.ok({ type: 'approve', by: 'zhao', version: read });
    const r = inst.send({ type: 'approve', by: 'qian', version: read });
    expect(r).toMatchObject({ ok: false, code: 'stale_version' });
    expect(!r.ok && r.message).toContain('version 1, it is now 2');
    expect(inst.send({ type: 'approve', by: 'qian', version: read + 1 }).ok).toBe(true);
  });

  it('refuses a malformed command, a bad clock and a snapshot of another flow, as data', () => {
    const inst = new Instance(def);
    inst.submit();
    expect(inst.send({ type: 'approve' } as unknown as FlowCommand)).toMatchObject({ ok: false, code: 'bad_command' });
    expect(inst.send({ type: 'fly', by: 'x' } as unknown as FlowCommand)).toMatchObject({ ok: false, code: 'bad_command' });
    expect(transition(flow, inst.snapshot, { type: 'comment', by: 'li', text: 'x' }, 'yesterday')).toMatchObject({ ok: false, code: 'bad_time' });
    const other = compileFlow(flowOf([approver('elsewhere', [users('wang')])]));
    expect(transition(other, inst.snapshot, { type: 'comment', by: 'li', text: 'x' }, T0)).toMatchObject({ ok: false, code: 'wrong_flow' });
    expect(transition(flow, { ...inst.snapshot, current: null }, { type: 'approve', by: 'zhao' }, T0)).toMatchObject({ ok: false, code: 'wrong_flow' });
  });

  it('refuses a corrupt stored snapshot as data, saying where it is corrupt', () => {
    const inst = new Instance(def);
    inst.submit();
    const r = transition(flow, { ...inst.snapshot, route: 'review' } as unknown as FlowSnapshot, { type: 'approve', by: 'zhao' }, T0);
    expect(r).toMatchObject({ ok: false, code: 'bad_snapshot' });
    expect(!r.ok && r.message).toBe('The stored approval is damaged at "/route" (Must be an array: write an array here.): restore it from a backup or from its history, or withdraw it and start a new approval.');
    expect(!r.ok && r.messageZh).toContain('存储的审批数据已损坏（"/route"：');
    expect(transition(flow, null as unknown as FlowSnapshot, { type: 'approve', by: 'zhao' }, T0)).toMatchObject({ ok: false, code: 'bad_snapshot' });
  });

  it('never throws on a mutated snapshot: a corrupt one is refused as bad_snapshot', () => {
    const checkSnapshot = schemaChecker(flowSnapshotSchema);
    const inst = new Instance(def);
    inst.submit({ amount: 1 });
    inst.ok({ type: 'approve', by: 'zhao', comment: 'ok' });
    inst.wait(3).ok({ type: 'timeout', nodeId: 'review' });
    const base = inst.snapshot;
    /** Every place in the snapshot, as a list of keys. */
    const places: (string | number)[][] = [];
    const walk = (v: unknown, at: (string | number)[]): void => {
      places.push(at);
      if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...at, Array.isArray(v) ? Number(k) : k]);
    };
    walk(base, []);
    const mutate = (at: (string | number)[], value: unknown, remove: boolean): unknown => {
      const copy = JSON.parse(JSON.stringify(base)) as Record<string | number, unknown>;
      if (at.length === 0) return value;
      let parent: Record<string | number, unknown> = copy;
      for (const k of at.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
      const last = at[at.length - 1] as string | number;
      if (remove) delete parent[last];
      else parent[last] = value;
      return copy;
    };
    const command: fc.Arbitrary<FlowCommand> = fc.oneof(
      fc.record({ type: fc.constant('approve' as const), by: fc.constantFrom('qian', 'zhao', 'boss') }),
      fc.record({ type: fc.constant('return' as const), by: fc.constantFrom('qian', 'boss'), comment: fc.constant('x'), to: fc.constantFrom('submitter', 'review') }),
      fc.record({ type: fc.constant('addSigner' as const), by: fc.constant('qian'), users: fc.constant(['boss']), where: fc.constantFrom('before' as const, 'after' as const) }),
      fc.record({ type: fc.constant('withdraw' as const), by: fc.constant('li') }),
      fc.record({ type: fc.constant('timeout' as const), nodeId: fc.constant('review') }),
      fc.record({ type: fc.constant('resubmit' as const), by: fc.constant('li') }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.jsonValue({ maxDepth: 2 }), fc.boolean(), command, fc.integer({ min: 0, max: 5 }), (at, value, remove, cmd, hours) => {
        const snapshot = mutate(at, value, remove) as FlowSnapshot;
        let r: ReturnType<typeof transition> | undefined;
        expect(() => {
          r = transition(flow, snapshot, cmd, new Instance(def).wait(3 + hours).now);
        }).not.toThrow();
        if (checkSnapshot(snapshot).length > 0) expect(r).toMatchObject({ ok: false, code: 'bad_snapshot' });
      }),
      { numRuns: 2000 },
    );
  });

  it('returns snapshots that survive a JSON round trip and can be continued', () => {
    const inst = new Instance(def);
    inst.submit({ amount: 1 });
    const stored = JSON.parse(JSON.stringify(inst.snapshot)) as FlowSnapshot;
    expect(stored).toEqual(inst.snapshot);
    const r = transition(flow, stored, { type: 'approve', by: 'zhao' }, T0);
    expect(r.ok).toBe(true);
  });

  it('never throws on any sequence of commands; refusals change nothing, acceptances append history', () => {
    const who = fc.constantFrom('li', 'zhao', 'qian', 'boss', 'wang', 'admin');
    const command: fc.Arbitrary<FlowCommand> = fc.oneof(
      fc.record({ type: fc.constant('submit' as const), by: who, record: fc.constant({}), directory: fc.constant(directory) }),
      fc.record({ type: fc.constant('resubmit' as const), by: who }),
      fc.record({ type: fc.constant('approve' as const), by: who }),
      fc.record({ type: fc.constant('reject' as const), by: who, comment: fc.constantFrom('', 'no') }),
      fc.record({ type: fc.constant('return' as const), by: who, comment: fc.constant('x'), to: fc.constantFrom('submitter', 'review', 'boss', 'nowhere') }),
      fc.record({ type: fc.constant('transfer' as const), by: who, to: who }),
      fc.record({ type: fc.constant('addSigner' as const), by: who, users: fc.array(who, { maxLength: 2 }), where: fc.constantFrom('before' as const, 'after' as const, 'with' as const) }),
      fc.record({ type: fc.constant('withdraw' as const), by: who }),
      fc.record({ type: fc.constant('comment' as const), by: who, text: fc.constantFrom('', 'hm') }),
      fc.record({ type: fc.constant('timeout' as const), nodeId: fc.constantFrom('review', 'boss') }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(command, fc.integer({ min: 0, max: 5 })), { maxLength: 30 }), (steps) => {
        const inst = new Instance(def);
        for (const [cmd, hours] of steps) {
          inst.wait(hours);
          const before = inst.snapshot;
          const r = inst.send(cmd);
          if (!r.ok) {
            expect(inst.snapshot).toBe(before);
            continue;
          }
          expect(r.snapshot.version).toBe(before.version + 1);
          expect(r.snapshot.history.slice(0, before.history.length)).toEqual(before.history);
          expect(r.snapshot.history.length).toBeGreaterThan(before.history.length);
          expect(r.snapshot.status === 'running').toBe(r.snapshot.current !== null);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('keeps tasks in step with seats: every open seat has exactly one open task, and none outlives the flow', () => {
    const tree = flowOf([
      approver('review', [users('sun', 'wang')], { mode: 'and', timeout: { hours: 2, action: 'escalate', escalateTo: [role('boss')] } }),
      { id: 'route', kind: 'branch', name: { en: 'Route', 'zh-CN': '路由' }, otherwise: { id: 'small', name: { en: 'Small', 'zh-CN': '小额' }, nodes: [] }, branches: [
        { id: 'large', name: { en: 'Large', 'zh-CN': '大额' }, when: { fact: 'amount', operator: 'greaterThan', value: 10 }, nodes: [approver('risk', [users('zhao', 'qian')], { mode: 'sequential', timeout: { hours: 1, action: 'auto_approve' } })] },
      ] },
      approver('legal', [users('chen', 'boss')], { editableFields: ['amount'] }),
    ]);
    const people = ['li', 'sun', 'wang', 'zhao', 'qian', 'chen', 'boss', 'admin'];
    const who = fc.constantFrom(...people);
    // `by` is replaced by a current holder when the tuple's flag says so, so decisions really happen.
    const command: fc.Arbitrary<FlowCommand> = fc.oneof(
      fc.record({ type: fc.constant('approve' as const), by: who }),
      fc.record({ type: fc.constant('approve' as const), by: who, edits: fc.record({ amount: fc.integer({ min: 0, max: 20 }) }) }),
      fc.record({ type: fc.constant('reject' as const), by: who, comment: fc.constant('no') }),
      fc.record({ type: fc.constant('return' as const), by: who, comment: fc.constant('x'), to: fc.constantFrom('submitter', 'review', 'risk') }),
      fc.record({ type: fc.constant('transfer' as const), by: who, to: who }),
      fc.record({ type: fc.constant('addSigner' as const), by: who, users: fc.subarray(people, { minLength: 1, maxLength: 2 }), where: fc.constantFrom('before' as const, 'after' as const, 'with' as const) }),
      fc.record({ type: fc.constant('resubmit' as const), by: fc.constant('li') }),
      fc.record({ type: fc.constant('timeout' as const), nodeId: fc.constantFrom('review', 'risk', 'legal') }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.array(fc.tuple(command, fc.nat(), fc.boolean(), fc.integer({ min: 0, max: 3 })), { maxLength: 40 }), (amount, steps) => {
        const inst = new Instance(tree);
        const open = new Set<string>();
        const track = (effects: readonly FlowEffect[]): void => {
          for (const e of effects) {
            if (e.type === 'create_task') {
              expect(open.has(e.taskId)).toBe(false);
              open.add(e.taskId);
            } else if (e.type === 'complete_task' || e.type === 'cancel_task') {
              expect(open.delete(e.taskId)).toBe(true);
            }
          }
        };
        track(inst.submit({ amount }));
        for (const [cmd, n, asHolder, hours] of steps) {
          inst.wait(hours);
          const holders = inst.holders();
          const sent = asHolder && 'by' in cmd && cmd.type !== 'resubmit' && holders.length > 0 ? { ...cmd, by: holders[n % holders.length] as string } : cmd;
          const r = inst.send(sent);
          if (r.ok) track(r.effects);
          const now = inst.holders();
          const cur = inst.snapshot.current;
          const seats = cur === null ? [] : (cur.steps[cur.stepIndex]?.seats ?? []).filter((s) => s.decision === undefined && s.taskId !== undefined);
          expect(new Set(seats.map((s) => s.taskId))).toEqual(open);
          expect(new Set(now).size).toBe(now.length);
          expect(open.size > 0).toBe(inst.snapshot.status === 'running');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
