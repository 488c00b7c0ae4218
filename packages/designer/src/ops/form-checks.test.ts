import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { addCheck, removeCheck, setCheck } from './form-checks.js';

const label = { 'zh-CN': 'x', en: 'x' };
const payment: FormDefinition = { kind: 'form', id: 'payment', name: label, fields: [{ id: 'amount', type: 'money', label }, { id: 'owed', type: 'money', label }], sections: [] };

describe('form checks', () => {
  it('adds a check that refuses nothing until it has a condition, changes it, and removes the last one with the list', () => {
    const { def, id } = addCheck(payment, 'amount');
    expect(id).toBe('check_1');
    expect(def.checks).toEqual([{ id: 'check_1', field: 'amount', condition: { all: [] }, message: { 'zh-CN': '', en: '' } }]);
    expect(addCheck(def, 'owed').id).toBe('check_2');
    const within = { fact: 'amount', operator: 'lessThanInclusive', value: { fact: 'owed' } } as const;
    const set = setCheck(def, 'check_1', { condition: within, message: { 'zh-CN': '超额', en: 'Too much' } });
    expect(set.checks?.[0]).toMatchObject({ condition: within, message: { en: 'Too much' } });
    expect(setCheck(def, 'nope', { field: 'owed' }).checks).toEqual(def.checks);
    expect('checks' in removeCheck(set, 'check_1')).toBe(false);
  });
});
