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
});
