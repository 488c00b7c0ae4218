import { describe, expect, it } from 'vitest';
import { catalogOf } from '../core/catalog.js';
import { checkStatusField } from './status-field.js';
import { approver, ctx, flowOf, users } from './test-fixtures.js';
import { validateFlow } from './validate.js';

const fields = catalogOf([
  { id: 'note', type: 'text', kind: 'text' },
  { id: 'amount', type: 'money', kind: 'number' },
  { id: 'full', type: 'single_select', kind: 'text', options: ['running', 'returned', 'approved', 'rejected', 'withdrawn', 'other'] },
  { id: 'partial', type: 'single_select', kind: 'text', options: ['running', 'approved'] },
  { id: 'stage_text', type: 'text', kind: 'text', computed: true },
]);
const codes = (field: string) => checkStatusField(field, fields).map((p) => p.code);

describe('checkStatusField', () => {
  it('takes a text field, or a single select offering every status', () => {
    expect(codes('note')).toEqual([]);
    expect(codes('full')).toEqual([]);
  });

  it('names what a select lacks, refuses other types and computed fields, and suggests close names', () => {
    expect(checkStatusField('partial', fields)[0]?.message).toContain('returned, rejected, withdrawn');
    expect(codes('amount')).toEqual(['flow.status_field.type']);
    expect(checkStatusField('amount', fields)[0]?.messageZh).toBe('字段 "amount" 的值为数字：审批状态需要文本或单选字段。');
    expect(codes('stage_text')).toEqual(['flow.status_field.computed']);
    const [unknown] = checkStatusField('notes', fields);
    expect(unknown?.code).toBe('flow.status_field.unknown');
    expect(unknown?.message).toContain('Did you mean "note"?');
  });

  it('is part of validating a flow, placed at /statusField', () => {
    const flow = { ...flowOf([approver('a', [users('x')])]), statusField: 'no_such_field' };
    expect(validateFlow(flow, ctx).map((p) => `${p.path} ${p.code}`)).toEqual(['/statusField flow.status_field.unknown']);
    expect(validateFlow({ ...flow, start: 'sometimes' }, ctx).map((p) => `${p.path} ${p.code}`)).toEqual(['/start schema.enum']);
  });
});
