import { describe, it, expect } from 'vitest';
import { actionEnv, compileEnv, TODAY } from '../test-kit.js';
import { addFlagAction } from './add-flag.js';

const at = '/rules/0/actions/1';

describe('add_flag', () => {
  it('acts on this record by default, or on the record a reference field points to', () => {
    const self = addFlagAction.compile({ kind: 'add_flag', id: 'f', flag: 'high_risk' }, compileEnv('legal'));
    expect(self({ customer: 'c_1' }, { today: TODAY })).toEqual({ kind: 'add_flag', rule: 'legal', action: 'f', flag: 'high_risk', target: { self: true } });
    const other = addFlagAction.compile({ kind: 'add_flag', id: 'f', flag: 'high_risk', on: 'customer' }, compileEnv('legal'));
    expect(other({ customer: 'c_1' }, { today: TODAY }).target).toEqual({ field: 'customer', record: 'c_1' });
    expect(other({}, { today: TODAY }).target).toEqual({ field: 'customer', record: null });
  });

  it('carries the label, when given, into the effect', () => {
    const label = { 'zh-CN': '高风险', en: 'High risk' };
    const flag = addFlagAction.compile({ kind: 'add_flag', id: 'f', flag: 'high_risk', label }, compileEnv('legal'));
    expect(flag({}, { today: TODAY })).toEqual({ kind: 'add_flag', rule: 'legal', action: 'f', flag: 'high_risk', label, target: { self: true } });
  });

  it('needs `on` to be a reference field', () => {
    expect(addFlagAction.check({ kind: 'add_flag', id: 'f', flag: 'x', on: 'customer' }, actionEnv(), at)).toEqual([]);
    expect(addFlagAction.check({ kind: 'add_flag', id: 'f', flag: 'x', on: 'customer_name' }, actionEnv(), at)).toMatchObject([{ path: `${at}/on`, code: 'ruleset.field.type' }]);
    expect(addFlagAction.check({ kind: 'add_flag', id: 'f', flag: 'x', on: 'client' }, actionEnv(), at)).toMatchObject([{ path: `${at}/on`, code: 'ruleset.field.unknown' }]);
  });
});
