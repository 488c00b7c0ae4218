import type { AuditEntry } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { timelineOf, waitingFor } from './timeline.js';

const history: AuditEntry[] = [
  { seq: 3, at: '2024-05-01T03:00:00.000Z', by: 'zhao', action: 'return', nodeId: 'director', comment: '请补充财报', to: 'submitter' },
  { seq: 1, at: '2024-05-01T01:00:00.000Z', by: 'lin', action: 'submit' },
  { seq: 2, at: '2024-05-01T01:00:00.000Z', by: null, action: 'assign', nodeId: 'director', users: ['zhao'] },
  { seq: 4, at: '2024-05-02T01:00:00.000Z', by: 'lin', action: 'resubmit', comment: '' },
  { seq: 5, at: '2024-05-02T02:00:00.000Z', by: 'zhao', action: 'add_signer', nodeId: 'director', users: ['qian'], where: 'before' },
  { seq: 6, at: '2024-05-03T02:00:00.000Z', by: null, action: 'finish', outcome: 'rejected' },
];

describe('approval timeline', () => {
  it('lists the audit log in order with who, action, opinion and target', () => {
    const items = timelineOf(history);
    expect(items.map((i) => i.action)).toEqual(['submit', 'assign', 'return', 'resubmit', 'add_signer', 'finish']);
    expect(items[2]).toEqual({ key: '3', at: '2024-05-01T03:00:00.000Z', by: 'zhao', action: 'return', nodeId: 'director', comment: '请补充财报', to: 'submitter', users: [], tone: 'orange' });
    expect(items[1]).toMatchObject({ by: null, users: ['zhao'], tone: 'gray' });
    expect(items[3]).not.toHaveProperty('comment');
    expect(items[4]).toMatchObject({ where: 'before', users: ['qian'], tone: 'blue' });
  });

  it('says which route a branch took', () => {
    const [taken] = timelineOf([{ seq: 1, at: '2024-05-01T01:00:00.000Z', by: null, action: 'branch', nodeId: 'route', branchId: 'grade_c' }]);
    expect(taken).toMatchObject({ action: 'branch', nodeId: 'route', branchId: 'grade_c', tone: 'gray' });
  });

  it('keeps what an approver changed as they approved, and nothing for an empty change', () => {
    const approved = timelineOf([
      { seq: 1, at: '2024-05-01T01:00:00.000Z', by: 'zhao', action: 'approve', nodeId: 'risk', edits: { approved_amount: 250000 } },
      { seq: 2, at: '2024-05-01T02:00:00.000Z', by: 'qian', action: 'approve', nodeId: 'risk', edits: {} },
    ]);
    expect(approved[0]).toMatchObject({ edits: { approved_amount: 250000 }, tone: 'green' });
    expect(approved[1]).not.toHaveProperty('edits');
  });

  it('colours the end by its outcome', () => {
    expect(timelineOf(history).at(-1)?.tone).toBe('red');
    expect(timelineOf([{ seq: 1, at: 'x', by: null, action: 'finish', outcome: 'approved' }])[0]?.tone).toBe('green');
  });

  it('names who the approval waits for, once each', () => {
    expect(waitingFor([{ assignee: 'u2', status: 'open' }, { assignee: 'u1', status: 'completed' }, { assignee: 'u2', status: 'open' }, { assignee: 'u3', status: 'open' }])).toEqual(['u2', 'u3']);
  });
});
