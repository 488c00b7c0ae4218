import { describe, it, expect } from 'vitest';
import { actionEnv, compileEnv, TODAY } from '../test-kit.js';
import { unfreezeAction } from './unfreeze.js';

describe('unfreeze', () => {
  it('checks its target', () => {
    expect(unfreezeAction.check({ kind: 'unfreeze', id: 'u', scope: 'orders', on: 'amount' }, actionEnv(), '/a')).toMatchObject([{ path: '/a/on', code: 'ruleset.field.type' }]);
  });

  it('unfreezes this record by default', () => {
    expect(unfreezeAction.compile({ kind: 'unfreeze', id: 'u', scope: 'orders' }, compileEnv('paid'))({}, { today: TODAY })).toEqual({ kind: 'unfreeze', rule: 'paid', action: 'u', scope: 'orders', target: { self: true } });
  });
});
