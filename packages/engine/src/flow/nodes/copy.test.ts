import { describe, expect, it } from 'vitest';
import { Instance, approver, flowOf, label, users } from '../test-fixtures.js';
import { copyNode } from './copy.js';

describe('copy node', () => {
  it('copies the resolved people and moves on', () => {
    const inst = new Instance(flowOf([{ id: 'cc', kind: 'copy', name: label('cc'), to: [{ kind: 'field', field: 'salesperson' }, { kind: 'manager' }] }, approver('a', [users('wang')])]));
    const effects = inst.submit({ salesperson: 'zhou' });
    expect(effects[0]).toEqual({ type: 'copy_to', nodeId: 'cc', users: ['zhou', 'sun'] });
    expect(inst.at()).toBe('a');
    expect(inst.snapshot.history[1]).toMatchObject({ action: 'copy', nodeId: 'cc', users: ['zhou', 'sun'] });
  });

  it('sends nothing when it resolves to nobody, but says so in the history', () => {
    const inst = new Instance(flowOf([approver('a', [users('wang')]), { id: 'cc', kind: 'copy', name: label('cc'), to: [{ kind: 'field', field: 'salesperson' }] }]));
    inst.submit();
    const effects = inst.ok({ type: 'approve', by: 'wang' });
    expect(effects.some((e) => e.type === 'copy_to')).toBe(false);
    expect(inst.snapshot.history.find((e) => e.action === 'copy')).toMatchObject({ users: [] });
  });

  it('at the end of the flow copies everyone but the submitter, who is told the outcome instead', () => {
    const inst = new Instance(flowOf([approver('a', [users('wang')]), { id: 'cc', kind: 'copy', name: label('cc'), to: [{ kind: 'field', field: 'salesperson' }, users('zhou')] }]));
    inst.submit({ salesperson: 'li' }, 'li');
    const effects = inst.ok({ type: 'approve', by: 'wang' });
    expect(effects.filter((e) => e.type === 'copy_to' || e.type === 'notify')).toEqual([
      { type: 'copy_to', nodeId: 'cc', users: ['zhou'] },
      { type: 'notify', to: ['li'], reason: 'outcome', outcome: 'approved' },
    ]);
    // Before an approver, the submitter is copied like anyone.
    const early = new Instance(flowOf([{ id: 'cc', kind: 'copy', name: label('cc'), to: [{ kind: 'field', field: 'salesperson' }] }, approver('a', [users('wang')])]));
    expect(early.submit({ salesperson: 'li' }, 'li')[0]).toEqual({ type: 'copy_to', nodeId: 'cc', users: ['li'] });
  });

  it('has no nested routes', () => {
    expect(copyNode.lanes({ id: 'cc', kind: 'copy', name: label('cc'), to: [] })).toEqual([]);
  });
});
