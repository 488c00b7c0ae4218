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

  it('has no nested routes', () => {
    expect(copyNode.lanes({ id: 'cc', kind: 'copy', name: label('cc'), to: [] })).toEqual([]);
  });
});
