import { describe, expect, it } from 'vitest';
import { Instance, approver, flowOf, users } from '../test-fixtures.js';

const single = (extra = {}) => new Instance(flowOf([approver('director', [users('wang')], extra), approver('boss', [users('boss')])]));

describe('addSigner', () => {
  it('before: the actor’s task is suspended until the added people all approve, then comes back', () => {
    const inst = single();
    inst.submit();
    const effects = inst.ok({ type: 'addSigner', by: 'wang', users: ['chen', 'zhao'], where: 'before', comment: '请法务和风控先看' });
    expect(effects).toEqual([
      { type: 'cancel_task', taskId: 'director.1', reason: 'suspended' },
      { type: 'create_task', taskId: 'director.2', nodeId: 'director', assignee: 'chen' },
      { type: 'create_task', taskId: 'director.3', nodeId: 'director', assignee: 'zhao' },
    ]);
    expect(inst.send({ type: 'approve', by: 'wang' })).toMatchObject({ ok: false, code: 'not_your_task' });
    inst.ok({ type: 'approve', by: 'chen' });
    expect(inst.holders()).toEqual(['zhao']);
    const back = inst.ok({ type: 'approve', by: 'zhao' });
    expect(back).toContainEqual({ type: 'create_task', taskId: 'director.4', nodeId: 'director', assignee: 'wang' });
    expect(inst.holders()).toEqual(['wang']);
    inst.ok({ type: 'approve', by: 'wang' });
    expect(inst.at()).toBe('boss');
  });

  it('after: the actor approves now and the added person must approve before the node is done', () => {
    const inst = single();
    inst.submit();
    inst.ok({ type: 'addSigner', by: 'wang', users: ['qian'], where: 'after' });
    expect(inst.at()).toBe('director');
    expect(inst.holders()).toEqual(['qian']);
    expect(inst.trail().slice(-3)).toEqual(['add_signer wang director', 'approve wang director', 'assign - director']);
    inst.ok({ type: 'approve', by: 'qian' });
    expect(inst.at()).toBe('boss');
  });

  it('after, in a countersign: the added step waits for the rest of the actor’s step', () => {
    const inst = new Instance(flowOf([approver('review', [users('zhao', 'qian')], { mode: 'and' })]));
    inst.submit();
    inst.ok({ type: 'addSigner', by: 'zhao', users: ['chen'], where: 'after' });
    expect(inst.holders()).toEqual(['qian']);
    inst.ok({ type: 'approve', by: 'qian' });
    expect(inst.holders()).toEqual(['chen']);
    inst.ok({ type: 'approve', by: 'chen' });
    expect(inst.snapshot.status).toBe('approved');
  });

  it('with, in an or-sign: any of them decides', () => {
    const inst = single({ mode: 'or' });
    inst.submit();
    inst.ok({ type: 'addSigner', by: 'wang', users: ['sun'], where: 'with' });
    expect(inst.holders()).toEqual(['wang', 'sun']);
    const effects = inst.ok({ type: 'approve', by: 'sun' });
    expect(effects).toContainEqual({ type: 'cancel_task', taskId: 'director.1', reason: 'decided' });
    expect(inst.at()).toBe('boss');
  });

  it('with, in a sequential node: the actor and the added person must both approve before the next person', () => {
    const inst = new Instance(flowOf([approver('chain', [users('sun', 'wang')], { mode: 'sequential' })]));
    inst.submit();
    inst.ok({ type: 'addSigner', by: 'sun', users: ['zhou'], where: 'with' });
    inst.ok({ type: 'approve', by: 'sun' });
    expect(inst.holders()).toEqual(['zhou']);
    inst.ok({ type: 'approve', by: 'zhou' });
    expect(inst.holders()).toEqual(['wang']);
  });

  it('an added signer’s rejection rejects the flow', () => {
    const inst = single();
    inst.submit();
    inst.ok({ type: 'addSigner', by: 'wang', users: ['chen'], where: 'before' });
    inst.ok({ type: 'reject', by: 'chen', comment: '合同条款有风险' });
    expect(inst.snapshot.status).toBe('rejected');
  });

  it('refuses nobody, oneself, and people already in the step', () => {
    const inst = new Instance(flowOf([approver('review', [users('zhao', 'qian')], { mode: 'and' })]));
    inst.submit();
    expect(inst.send({ type: 'addSigner', by: 'zhao', users: [], where: 'before' })).toMatchObject({ ok: false, code: 'bad_signers' });
    expect(inst.send({ type: 'addSigner', by: 'zhao', users: ['zhao'], where: 'after' })).toMatchObject({ ok: false, code: 'bad_signers' });
    expect(inst.send({ type: 'addSigner', by: 'zhao', users: ['qian'], where: 'with' })).toMatchObject({ ok: false, code: 'bad_signers' });
    expect(inst.send({ type: 'addSigner', by: 'zhao', users: ['qian'], where: 'before' })).toMatchObject({ ok: false, code: 'bad_signers' });
    expect(inst.send({ type: 'addSigner', by: 'chen', users: ['sun'], where: 'with' })).toMatchObject({ ok: false, code: 'not_your_task' });
  });
});
