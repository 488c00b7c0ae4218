import { describe, expect, it } from 'vitest';
import { isRefusal, refuse, requireComment, requireRunning } from './guards.js';
import { startRun } from '../run.js';
import { Instance, T0, approver, flowOf, users } from '../test-fixtures.js';

describe('guards', () => {
  it('build refusals as data', () => {
    const r = refuse('finished', 'done', '已结束');
    expect(r).toEqual({ ok: false, code: 'finished', message: 'done', messageZh: '已结束' });
    expect(isRefusal(r)).toBe(true);
    expect(isRefusal({ user: 'x' })).toBe(false);
  });

  it('say why an instance is not running', () => {
    const inst = new Instance(flowOf([approver('a', [users('x')])]));
    expect(requireRunning(startRun(inst.flow, inst.snapshot, T0))?.code).toBe('not_submitted');
    inst.submit();
    expect(requireRunning(startRun(inst.flow, inst.snapshot, T0))).toBeUndefined();
    inst.ok({ type: 'approve', by: 'x' });
    expect(requireRunning(startRun(inst.flow, inst.snapshot, T0))).toMatchObject({ code: 'finished', message: 'The approval is already approved; nothing can be decided any more.' });
  });

  it('require an opinion that is more than blanks', () => {
    expect(requireComment(' \n', 'reject', '拒绝')?.messageZh).toBe('拒绝时必须填写意见。');
    expect(requireComment('ok', 'reject', '拒绝')).toBeUndefined();
  });
});
