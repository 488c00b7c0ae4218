import { describe, expect, it } from 'vitest';
import { emptyContext } from '../core/context.js';
import { compileForm } from './compile.js';
import { dynamicDefaults } from './dynamic-defaults.js';
import type { FieldDefinition, FormDefinition } from './types.js';
import { validateForm } from './validate.js';

const label = { en: 'x', 'zh-CN': 'x' };
const fields: FieldDefinition[] = [
  { id: 'paid_on', type: 'date', label, default: 'today' },
  { id: 'recorded_by', type: 'user', label, default: 'me' },
  { id: 'method', type: 'text', label, default: 'bank_transfer' },
];
const payment: FormDefinition = { kind: 'form', id: 'payment', name: label, fields, sections: [{ id: 'main', label, columns: 2, fields: fields.map((f) => f.id) }] };

describe('dynamic defaults', () => {
  it('fill a date with the day a record is made and a user field with who makes it; the fixed ones stay the initial record\'s', () => {
    expect(validateForm(payment, emptyContext())).toEqual([]);
    expect(compileForm(payment).initialRecord()).toEqual({ method: 'bank_transfer' });
    expect(dynamicDefaults(payment, { today: '2025-06-30', userId: 'u1' })).toEqual({ paid_on: '2025-06-30', recorded_by: 'u1' });
    // A record the system makes has nobody to be "me".
    expect(dynamicDefaults(payment, { today: '2025-06-30', userId: null })).toEqual({ paid_on: '2025-06-30' });
  });

  it('are words only a date or a user field knows: "today" is no number, "me" no text', () => {
    const wrong: FormDefinition = { ...payment, fields: [{ id: 'paid_on', type: 'date', label, default: 'yesterday' }, { id: 'n', type: 'number', label, default: 'today' }], sections: [{ id: 'main', label, columns: 2, fields: ['paid_on', 'n'] }] };
    expect(validateForm(wrong, emptyContext()).map((p) => `${p.path} ${p.code}`)).toEqual(['/fields/0/default field.default', '/fields/1/default field.default']);
    // Nor a sub-table's column: a row added later is not the record being made.
    const rows: FormDefinition = { ...payment, fields: [{ id: 'lines', type: 'sub_table', label, columns: [{ id: 'on', type: 'date', label, default: 'today' }] }], sections: [{ id: 'main', label, columns: 2, fields: ['lines'] }] };
    expect(validateForm(rows, emptyContext()).map((p) => `${p.path} ${p.code}`)).toEqual(['/fields/0/columns/0/default field.default']);
  });
});
