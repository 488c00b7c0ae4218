import { describe, expect, it } from 'vitest';
import { advance, finish } from './advance.js';
import { startRun } from './run.js';
import { Instance, T0, approver, flowOf, label, users } from './test-fixtures.js';

describe('advance', () => {
  it('enters nodes until one waits, or approves at the end', () => {
    const inst = new Instance(flowOf([{ id: 'cc', kind: 'copy', name: label('cc'), to: [users('x')] }]));
    const run = startRun(inst.flow, { ...inst.snapshot, status: 'running', submitter: 'li' }, T0);
    advance(run, run.flow.first);
    expect(run.snap.status).toBe('approved');
    expect(run.effects.map((e) => e.type)).toEqual(['copy_to', 'notify', 'finished']);
  });

  it('finishing tells the submitter unless they caused it', () => {
    const inst = new Instance(flowOf([approver('a', [users('x')])]));
    inst.submit();
    const run = startRun(inst.flow, inst.snapshot, T0);
    finish(run, 'withdrawn', 'li');
    expect(run.effects).toEqual([
      { type: 'cancel_task', taskId: 'a.1', reason: 'closed' },
      { type: 'finished', outcome: 'withdrawn' },
    ]);
    expect(run.snap.history.at(-1)).toMatchObject({ action: 'finish', by: null, outcome: 'withdrawn' });
  });
});
