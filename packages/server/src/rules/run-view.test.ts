import { describe, expect, it } from 'vitest';
import type { AppliedEffect } from './effects.js';
import { readableRun } from './run-view.js';

const text = (s: string) => ({ 'zh-CN': s, en: s });
const task = (assignee: unknown): AppliedEffect =>
  ({ effect: { kind: 'create_task', rule: 'r', action: 'a', title: text('Follow up'), assignee, dueDate: '2026-12-01' }, status: 'applied', note: 'To "u_sun", the manager of "u_zhou" (owner).' }) as unknown as AppliedEffect;

describe('a rule run as a reader may see it', () => {
  it('leaves out the note naming whom a task went to when the reader may not see the field it was read from', () => {
    const run = { trace: [], effects: [task({ managerOf: 'owner', of: 'u_zhou' }), task({ field: 'owner', user: 'u_zhou' }), task({ role: 'sales_manager' })] };
    const seen = readableRun(run, new Set(['owner'])).effects.map((e) => e.note);
    expect(seen).toEqual([undefined, undefined, 'To "u_sun", the manager of "u_zhou" (owner).']);
    expect(readableRun(run, new Set()).effects.map((e) => e.note)).toEqual(run.effects.map((e) => e.note));
  });

  it('leaves out the user a notice or task went to when it was read from a field hidden from the reader', () => {
    const notice = { effect: { kind: 'notify', rule: 'r', action: 'n', to: { field: 'owner', user: 'u_zhou' }, message: text('Overdue') }, status: 'applied' } as unknown as AppliedEffect;
    const run = { trace: [], effects: [task({ managerOf: 'owner', of: 'u_zhou', orRole: 'sales_manager' }), notice, task({ role: 'sales_manager' })] };
    const recipients = (hidden: Set<string>) =>
      readableRun(run, hidden).effects.map(({ effect: e }) => (e.kind === 'notify' ? e.to : e.kind === 'create_task' ? e.assignee : undefined));
    expect(recipients(new Set(['owner']))).toEqual([{ managerOf: 'owner', orRole: 'sales_manager' }, { field: 'owner' }, { role: 'sales_manager' }]);
    expect(recipients(new Set(['credit_limit']))).toEqual([{ managerOf: 'owner', of: 'u_zhou', orRole: 'sales_manager' }, { field: 'owner', user: 'u_zhou' }, { role: 'sales_manager' }]);
  });

  it('leaves out a value written into another record when it was computed from a field hidden from the reader', () => {
    const written = (reads: readonly string[] | undefined, value: unknown): AppliedEffect =>
      ({ effect: { kind: 'set_field', rule: 'r', action: 's', field: 'risk_score', value, target: { field: 'customer', record: 'c1', form: 'customer' }, ...(reads === undefined ? {} : { reads }) }, status: 'applied' }) as unknown as AppliedEffect;
    const run = { trace: [], effects: [written(['internal_rating', 'amount'], 88), written(['amount'], 12), written([], 'watch'), written(undefined, 7)] };
    const values = (hidden: Set<string>) => readableRun(run, hidden).effects.map(({ effect: e }) => (e.kind === 'set_field' ? e.value : null));
    // An effect kept before the rule said what it read may have read anything: withheld while anything is hidden.
    expect(values(new Set(['internal_rating']))).toEqual([undefined, 12, 'watch', undefined]);
    expect(values(new Set())).toEqual([88, 12, 'watch', 7]);
  });
});
