import { describe, expect, it } from 'vitest';
import { label, refs, where } from './test-kit.js';
import type { FormDefinition } from './types.js';
import { recordState, statesRecords } from './state-field.js';
import { validateForm } from './validate.js';

const status = [
  { id: 'approved', label: label('Released', '已放行') },
  { id: 'refused', label: label('Refused', '已拒绝') },
];
const order: FormDefinition = {
  kind: 'form', id: 'sales_order', name: label('Sales order', '销售订单'),
  fields: [
    { id: 'order_no', type: 'text', label: label('Order number', '订单号') },
    { id: 'amount', type: 'money', label: label('Amount', '金额') },
    { id: 'tags', type: 'multi_select', label: label('Tags', '标签'), options: status },
    { id: 'status', type: 'single_select', label: label('Status', '订单状态'), options: status },
    { id: 'size', type: 'formula', label: label('Size', '规模'), formula: 'IF(amount > 100, "large", "small")', resultType: 'text', options: [{ id: 'large', label: label('Large', '大单') }, { id: 'small', label: label('Small', '小单') }] },
  ],
  sections: [{ id: 'main', label: label('Main'), columns: 1, fields: ['order_no', 'amount', 'tags', 'status', 'size'] }],
};

describe('a record state', () => {
  it('is the label of the option the state field holds: a single select, or a formula with value labels', () => {
    expect(recordState({ ...order, stateField: 'status' }, { status: 'refused' })?.label['zh-CN']).toBe('已拒绝');
    expect(recordState({ ...order, stateField: 'size' }, { size: 'large' })?.label.en).toBe('Large');
    expect(order.fields.filter(statesRecords).map((f) => f.id)).toEqual(['status', 'size']);
  });

  it('is none without a state field, for an empty value or one no option has', () => {
    expect(recordState(order, { status: 'refused' })).toBeUndefined();
    expect(recordState({ ...order, stateField: 'status' }, {})).toBeUndefined();
    expect(recordState({ ...order, stateField: 'status' }, { status: 'archived' })).toBeUndefined();
  });

  it('refuses a field the form lacks or one without options, in both languages', () => {
    expect(validateForm({ ...order, stateField: 'status' }, refs())).toEqual([]);
    const unknown = validateForm({ ...order, stateField: 'statu' }, refs());
    expect(where(unknown)).toEqual(['/stateField form.state_field.unknown']);
    expect(unknown[0]?.message).toContain('Did you mean "status"?');
    for (const id of ['amount', 'tags']) expect(where(validateForm({ ...order, stateField: id }, refs()))).toEqual(['/stateField form.state_field.type']);
    expect(validateForm({ ...order, stateField: 'amount' }, refs())[0]?.messageZh).toBe('"金额" 不能作为记录状态：请选择单选字段，或带值标签的公式或关联字段。');
  });
});
