import { describe, expect, it } from 'vitest';
import { schemaChecker } from '../core/ajv.js';
import { flowSnapshotSchema } from './snapshot-schema.js';
import { Instance, approver, flowOf, users } from './test-fixtures.js';

const check = schemaChecker(flowSnapshotSchema);
const def = flowOf([approver('review', [users('zhao', 'qian')], { mode: 'and', timeout: { hours: 2, action: 'remind' } }), approver('boss', [users('boss')])]);

/** A snapshot that has been through submit, an approval, a comment and a return. */
function lived(): Instance {
  const inst = new Instance(def);
  inst.submit({ amount: 1 });
  inst.ok({ type: 'approve', by: 'zhao', comment: 'ok' });
  inst.ok({ type: 'comment', by: 'li', text: 'hurry' });
  inst.ok({ type: 'approve', by: 'qian' });
  inst.ok({ type: 'return', by: 'boss', comment: 'redo', to: 'submitter' });
  return inst;
}

describe('flowSnapshotSchema', () => {
  it('accepts every snapshot the engine makes, and their JSON round trips', () => {
    const inst = new Instance(def);
    expect(check(inst.snapshot)).toEqual([]);
    inst.submit({ amount: 1 });
    expect(check(inst.snapshot)).toEqual([]);
    const later = lived().snapshot;
    expect(check(later)).toEqual([]);
    expect(check(JSON.parse(JSON.stringify(later)))).toEqual([]);
  });

  it('refuses a corrupt snapshot, at the place it is corrupt', () => {
    const s = lived().snapshot;
    const paths = (x: unknown) => check(x).map((p) => `${p.path} ${p.code}`);
    expect(paths({ ...s, route: 'review' })).toEqual(['/route schema.type']);
    expect(paths({ ...s, version: -1 })).toEqual(['/version schema.minimum']);
    expect(paths({ ...s, status: 'lost' })).toEqual(['/status schema.enum']);
    expect(paths({ ...s, history: [{ ...s.history[0], seq: 'one' }] })).toEqual(['/history/0/seq schema.type']);
    expect(paths({ ...s, directory: { roles: {}, managers: {} } })).toEqual(['/directory/admins schema.required']);
    const { taskSeq: _, ...rest } = s;
    expect(paths(rest)).toEqual(['/taskSeq schema.required']);
    expect(check(null).length).toBeGreaterThan(0);
  });

  it('checks the active node: its steps, seats and deadline', () => {
    const inst = new Instance(def);
    inst.submit();
    const s = inst.snapshot;
    const cur = s.current;
    if (cur === null) throw new Error('not running');
    expect(check({ ...s, current: { ...cur, steps: {} } }).map((p) => p.path)).toContain('/current/steps');
    expect(check({ ...s, current: { ...cur, stepIndex: 0.5 } }).map((p) => p.path)).toContain('/current/stepIndex');
    expect(check({ ...s, current: { ...cur, deadline: 'soon' } }).map((p) => p.path)).toContain('/current/deadline');
    const seat = cur.steps[0]?.seats[0];
    expect(check({ ...s, current: { ...cur, steps: [{ rule: 'any', seats: [{ ...seat, via: 'magic' }] }] } }).map((p) => p.path)).toContain('/current/steps/0/seats/0/via');
  });
});
