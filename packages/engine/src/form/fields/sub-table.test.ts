import { describe, expect, it } from 'vitest';
import { codes, defAt, label, valueAt, where } from '../test-kit.js';
import type { SubTableField } from '../types.js';
import { subTable } from './sub-table.js';

const contacts: SubTableField = {
  id: 'contacts',
  type: 'sub_table',
  label: label('Contacts', '联系人'),
  columns: [
    { id: 'name', type: 'text', label: label('Name', '姓名'), required: true },
    { id: 'phone', type: 'text', label: label('Phone', '电话') },
  ],
};

describe('sub-table', () => {
  it('accepts rows and hands them to the row checker', () => {
    const seen: unknown[] = [];
    const at = { ...valueAt(), checkRows: (_t: SubTableField, rows: readonly unknown[]) => (seen.push(...rows), []) };
    expect(subTable.checkValue([{ id: 'c1', name: '林芳' }], contacts, at)).toEqual([]);
    expect(seen).toEqual([{ id: 'c1', name: '林芳' }]);
  });

  it('rejects a non-list, rows that are not objects and non-text row ids', () => {
    expect(codes(subTable.checkValue({ name: 'x' }, contacts, valueAt()))).toEqual(['value.type']);
    expect(subTable.checkValue({ name: 'x' }, contacts, valueAt())[0]?.message).toBe('Amount must be a list of rows, not an object: put each row in a list, like [{ "column": "value" }].');
    expect(where(subTable.checkValue([{ name: 'a' }, 'b', { id: 3 }], contacts, valueAt()))).toEqual(['/v/1 value.row', '/v/2/id value.rowId']);
  });

  it('needs columns with distinct ids', () => {
    expect(codes(subTable.checkDefinition({ ...contacts, columns: [] }, defAt()))).toEqual(['field.columns.empty']);
    const twice = { ...contacts, columns: [...contacts.columns, { id: 'name', type: 'text' as const, label: label('Name 2') }] };
    expect(where(subTable.checkDefinition(twice, defAt()))).toEqual(['/fields/0/columns/2/id field.id.duplicate']);
  });

  it('builds a row schema from its columns', () => {
    const schema = subTable.valueSchema(contacts, (c) => ({ title: c.id }));
    expect(schema).toEqual({
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string', minLength: 1, maxLength: 128 }, name: { title: 'name' }, phone: { title: 'phone' } },
        required: ['name'],
        additionalProperties: false,
      },
    });
    expect(subTable.kind(contacts)).toBe('table');
  });
});
