import { FIELD_TYPES, fieldTypes, validateForm } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { customerCreditProfile as form, sampleContext } from '../samples/index.js';
import { addField, duplicateField, fieldAt, newField, removeField, updateField } from './form-fields.js';
import { NEW_SECTION } from './form-layout.js';

const empty: FormDefinition = { kind: 'form', id: 'application', name: { 'zh-CN': '授信申请', en: 'Credit application' }, fields: [], sections: [{ id: 'main', label: NEW_SECTION, columns: 2, fields: [] }] };
const placed = (d: FormDefinition, section: string) => d.sections.find((s) => s.id === section)?.fields ?? [];

describe('addField', () => {
  it('adds every palette type as a field of the right shape (what is left to pick, validation names)', () => {
    let def = empty;
    for (const type of FIELD_TYPES) def = addField(def, type, { section: 'main', index: 99 }).def;
    expect(def.fields.map((f) => f.type)).toEqual(FIELD_TYPES);
    expect(validateForm(def, sampleContext()).filter((p) => p.code.startsWith('schema.'))).toEqual([]);
  });

  it('adds the plain types as fields the engine accepts as they are', () => {
    let def = empty;
    for (const type of FIELD_TYPES.filter((t) => t !== 'lookup' && t !== 'rollup')) def = addField(def, type, { section: 'main', index: 99 }).def;
    expect(validateForm(def, sampleContext())).toEqual([]);
  });

  it('places the field at the slot with a fresh id per type and the type name as label', () => {
    const a = addField(empty, 'money', { section: 'main', index: 0 });
    expect(a.id).toBe('money_1');
    const b = addField(a.def, 'money', { section: 'main', index: 0 });
    expect(b.id).toBe('money_2');
    expect(placed(b.def, 'main')).toEqual(['money_2', 'money_1']);
    expect(b.def.fields.map((f) => f.id)).toEqual(['money_2', 'money_1']);
    expect(fieldAt(b.def, { id: 'money_2' })?.label).toEqual(fieldTypes.money.label);
    expect(empty.fields).toEqual([]);
  });

  it('adds nothing to an unknown section', () => {
    expect(addField(empty, 'text', { section: 'nope', index: 0 }).def).toBe(empty);
  });
});

describe('newField', () => {
  it('gives selects three options, a table one column, a reference its own form, a formula 0', () => {
    const label = fieldTypes.text.label;
    expect(newField('multi_select', 'm', label, empty)).toMatchObject({ options: [{ id: 'option_1' }, { id: 'option_2' }, { id: 'option_3' }] });
    expect(newField('sub_table', 't', label, empty)).toMatchObject({ columns: [{ id: 'column_1', type: 'text' }] });
    expect(newField('reference', 'r', label, empty)).toMatchObject({ target: 'application' });
    expect(newField('formula', 'x', label, empty)).toMatchObject({ formula: '0', resultType: 'number' });
    expect(newField('date', 'd', label, empty)).toEqual({ id: 'd', type: 'date', label });
  });

  it('sends a lookup through the first reference field, and a rollup through one pointing back at this form', () => {
    const label = fieldTypes.lookup.label;
    const order: FormDefinition = {
      ...empty,
      fields: [
        { id: 'customer', type: 'reference', label, target: 'customer' },
        { id: 'parent', type: 'reference', label, target: 'application' },
      ],
    };
    expect(newField('lookup', 'l', label, order)).toMatchObject({ via: 'customer', resultType: 'text' });
    expect(newField('rollup', 'r', label, order)).toMatchObject({ from: 'application', via: 'parent', aggregate: 'count', resultType: 'number' });
  });
});

describe('removeField', () => {
  it('removes a field and its place in the layout', () => {
    const next = removeField(form, { id: 'region' });
    expect(next.fields.some((f) => f.id === 'region')).toBe(false);
    expect(placed(next, 'registration')).not.toContain('region');
    expect(validateForm(next, sampleContext())).toEqual([]);
  });

  it('removes a sub-table column', () => {
    const next = removeField(form, { id: 'title', table: 'contacts' });
    const table = fieldAt(next, { id: 'contacts' });
    expect(table?.type === 'sub_table' && table.columns.map((c) => c.id)).toEqual(['name', 'phone', 'primary']);
  });

  it('returns the same form for an unknown field', () => {
    expect(removeField(form, { id: 'nope' })).toBe(form);
    expect(removeField(form, { id: 'nope', table: 'contacts' })).toBe(form);
  });
});

describe('duplicateField', () => {
  it('puts a copy with a fresh id and "(copy)" label right after the original', () => {
    const { def, id } = duplicateField(form, { id: 'industry' });
    expect(id).toBe('industry_copy_1');
    const copy = fieldAt(def, { id });
    expect(copy).toMatchObject({ type: 'single_select', label: { en: 'Industry (copy)', 'zh-CN': '所属行业（副本）' } });
    const list = placed(def, 'registration');
    expect(list[list.indexOf('industry') + 1]).toBe(id);
    expect(validateForm(def, sampleContext())).toEqual([]);
    expect(duplicateField(def, { id: 'industry' }).id).toBe('industry_copy_2');
  });

  it('copies a column within its table', () => {
    const { def, id } = duplicateField(form, { id: 'phone', table: 'contacts' });
    expect(id).toBe('phone_copy_1');
    const table = fieldAt(def, { id: 'contacts' });
    expect(table?.type === 'sub_table' && table.columns.map((c) => c.id)).toEqual(['name', 'title', 'phone', 'phone_copy_1', 'primary']);
    expect(validateForm(def, sampleContext())).toEqual([]);
  });

  it('changes nothing for an unknown field', () => {
    expect(duplicateField(form, { id: 'nope' }).def).toBe(form);
  });
});

describe('updateField', () => {
  it('keeps the same form when the update changes nothing', () => {
    expect(updateField(form, { id: 'region' }, (f) => f)).toBe(form);
    expect(updateField(form, { id: 'phone', table: 'contacts' }, (f) => f)).toBe(form);
    expect(updateField(form, { id: 'region', table: 'company_name' }, (f) => ({ ...f, required: true }))).toBe(form);
  });
});
