import { validateForm } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { customerCreditProfile as form, sampleContext } from '../samples/index.js';
import { addColumn, moveColumn } from './form-columns.js';
import { fieldAt } from './form-fields.js';

const columns = (d: FormDefinition) => {
  const t = fieldAt(d, { id: 'contacts' });
  return t?.type === 'sub_table' ? t.columns.map((c) => c.id) : [];
};

describe('sub-table columns', () => {
  it('adds a column with an id fresh within the table', () => {
    const { def, id } = addColumn(form, 'contacts', 'money');
    expect(id).toBe('money_1');
    expect(columns(def)).toEqual(['name', 'title', 'phone', 'primary', 'money_1']);
    expect(fieldAt(def, { id, table: 'contacts' })?.label.en).toBe('Money');
    expect(validateForm(def, sampleContext())).toEqual([]);
  });

  it('adds no nested table and nothing to a field that is not a table', () => {
    expect(addColumn(form, 'contacts', 'sub_table').def).toBe(form);
    expect(addColumn(form, 'region', 'text').def).toBe(form);
  });

  it('reorders columns by id', () => {
    expect(columns(moveColumn(form, 'contacts', 'phone', 'name'))).toEqual(['phone', 'name', 'title', 'primary']);
    expect(moveColumn(form, 'contacts', 'phone', 'nope')).toBe(form);
  });
});
