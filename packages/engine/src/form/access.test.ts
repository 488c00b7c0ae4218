import { describe, expect, it } from 'vitest';
import { accessMap, fieldAccess, readable, writeProblems } from './access.js';
import { label, where } from './test-kit.js';
import type { FieldDefinition } from './types.js';

const fields: FieldDefinition[] = [
  { id: 'company_name', type: 'text', label: label('Company name') },
  { id: 'credit_limit', type: 'money', label: label('Credit limit', '信用额度'), access: { salesperson: 'read', legal: 'hidden' } },
  { id: 'risk_notes', type: 'long_text', label: label('Risk notes'), access: { salesperson: 'hidden' } },
  { id: 'debt_ratio', type: 'formula', label: label('Debt ratio'), formula: '1', resultType: 'percent', access: { legal: 'hidden' } },
];

describe('field access', () => {
  it('lets roles a field does not name write it', () => {
    expect(accessMap(fields, 'finance_director')).toEqual({ company_name: 'write', credit_limit: 'write', risk_notes: 'write', debt_ratio: 'read' });
  });

  it('applies the role’s entry', () => {
    expect(accessMap(fields, 'salesperson')).toEqual({ company_name: 'write', credit_limit: 'read', risk_notes: 'hidden', debt_ratio: 'read' });
    expect(fieldAccess(fields[3]!, 'legal')).toBe('hidden');
  });

  it('gives the most permissive access of several roles', () => {
    expect(fieldAccess(fields[1]!, ['legal', 'salesperson'])).toBe('read');
    expect(fieldAccess(fields[1]!, ['salesperson', 'admin'])).toBe('write');
  });

  it('sees no change in a field named like an Object.prototype member that both records lack or leave empty', () => {
    const named: FieldDefinition[] = [{ id: 'constructor', type: 'text', label: label('Name'), access: { salesperson: 'read' } }];
    expect(writeProblems(named, { constructor: '' }, {}, 'salesperson')).toEqual([]);
    expect(where(writeProblems(named, {}, { constructor: 'x' }, 'salesperson'))).toEqual(['/constructor access.read']);
  });

  it('ignores inherited property names as roles', () => {
    expect(fieldAccess(fields[1]!, 'constructor')).toBe('write');
  });

  it('removes hidden and unknown fields from what a role reads', () => {
    const record = { company_name: '闽江机械', credit_limit: 500_000, risk_notes: 'watch', debt_ratio: 0.55, stray: 1 };
    expect(readable(fields, record, 'salesperson')).toEqual({ company_name: '闽江机械', credit_limit: 500_000, debt_ratio: 0.55 });
    expect(readable(fields, record, 'legal')).toEqual({ company_name: '闽江机械', risk_notes: 'watch' });
  });

  it('refuses changes to read-only and hidden fields, and allows the rest', () => {
    const before = { company_name: 'A', credit_limit: 100, risk_notes: 'x' };
    const after = { company_name: 'B', credit_limit: 200, risk_notes: 'y', debt_ratio: 0.9 };
    const problems = writeProblems(fields, before, after, 'salesperson');
    expect(where(problems)).toEqual(['/credit_limit access.read', '/risk_notes access.hidden']);
    expect(problems[0]?.message).toBe('You may not change "Credit limit": it is read-only for your role.');
    expect(writeProblems(fields, before, after, 'finance_director')).toEqual([]);
  });

  it('treats creating a record as a change from nothing, and clearing to null as no change', () => {
    expect(where(writeProblems(fields, {}, { credit_limit: 1 }, 'salesperson'))).toEqual(['/credit_limit access.read']);
    expect(writeProblems(fields, {}, { credit_limit: null }, 'salesperson')).toEqual([]);
  });

  it('refuses any change to a serial number, whoever makes it: the server numbers the record', () => {
    const orderNo: FieldDefinition = { id: 'order_no', type: 'serial', label: label('Order number', '订单编号'), parts: [{ type: 'sequence', digits: 4, reset: 'never' }] };
    expect(fieldAccess(orderNo, 'admin')).toBe('read');
    const problems = writeProblems([orderNo], { order_no: '0001' }, { order_no: '0002' }, 'admin');
    expect(where(problems)).toEqual(['/order_no access.computed']);
    expect(problems[0]?.message).toBe('"Order number" is numbered by the server when the record is created: leave it out.');
    expect(writeProblems([orderNo], { order_no: '0001' }, { order_no: '0001' }, 'admin')).toEqual([]);
  });
});
