import { describe, it, expect } from 'vitest';
import { actionEnv, compileEnv, TODAY } from '../test-kit.js';
import { startFlowAction } from './start-flow.js';

const action = { kind: 'start_flow', id: 's', flow: 'limit_review' } as const;

describe('start_flow', () => {
  it('needs a known flow', () => {
    expect(startFlowAction.check(action, actionEnv(), '/a')).toEqual([]);
    const [p] = startFlowAction.check({ ...action, flow: 'limit_reveiw' }, actionEnv(), '/a');
    expect(p).toMatchObject({ path: '/a/flow', code: 'ruleset.flow.unknown' });
    expect(p?.message).toBe('Unknown approval flow "limit_reveiw". Did you mean "limit_review"?');
  });

  it('says so when there are no flows at all', () => {
    const [p] = startFlowAction.check(action, { ...actionEnv(), ctx: { ...actionEnv().ctx, flows: new Set() } }, '/a');
    expect(p?.message).toContain('there are none yet');
  });

  it('names the flow as a reference, and renames it', () => {
    expect(startFlowAction.references?.(action, '/rules/1/actions/0')).toEqual([{ path: '/rules/1/actions/0/flow', kind: 'flow', id: 'limit_review' }]);
    expect(startFlowAction.rename?.(action, (kind, id) => `${kind}:${id}`)).toEqual({ ...action, flow: 'flow:limit_review' });
  });

  it('becomes a start_flow effect', () => {
    expect(startFlowAction.compile(action, compileEnv('down'))({}, { today: TODAY })).toEqual({ kind: 'start_flow', rule: 'down', action: 's', flow: 'limit_review' });
  });
});
