import { validateForm } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { customerCreditProfile as form, sampleContext } from '../samples/index.js';
import { addSection, inLayoutOrder, moveField, moveSection, NEW_SECTION, removeSection, setSection, slotOf } from './form-layout.js';

const sectionIds = (d: typeof form) => d.sections.map((s) => s.id);
const fieldsOf = (d: typeof form, id: string) => d.sections.find((s) => s.id === id)?.fields ?? [];

describe('slotOf', () => {
  it('finds the section and position of a field', () => {
    expect(slotOf(form, 'company_name')).toEqual({ section: 'registration', index: 0 });
    expect(slotOf(form, 'annual_sales')).toEqual({ section: 'financials', index: 0 });
    expect(slotOf(form, 'nope')).toBeUndefined();
  });
});

describe('moveField', () => {
  it('moves within a section to the index it ends up at', () => {
    const next = moveField(form, 'company_name', { section: 'registration', index: 2 });
    expect(fieldsOf(next, 'registration').slice(0, 3)).toEqual(['credit_code', 'legal_representative', 'company_name']);
    const back = moveField(next, 'company_name', { section: 'registration', index: 0 });
    expect(fieldsOf(back, 'registration')).toEqual(fieldsOf(form, 'registration'));
  });

  it('moves into another section before the field at the index, keeping fields in layout order', () => {
    const next = moveField(form, 'region', { section: 'financials', index: 1 });
    expect(fieldsOf(next, 'financials').slice(0, 3)).toEqual(['annual_sales', 'region', 'total_assets']);
    expect(fieldsOf(next, 'registration')).not.toContain('region');
    const order = next.fields.map((f) => f.id);
    expect(order.indexOf('region')).toBe(order.indexOf('annual_sales') + 1);
    expect(validateForm(next, sampleContext())).toEqual([]);
  });

  it('appends when the index is past the end, and ignores unknown fields and sections', () => {
    expect(fieldsOf(moveField(form, 'region', { section: 'contacts', index: 99 }), 'contacts')).toEqual(['contacts', 'region']);
    expect(moveField(form, 'nope', { section: 'contacts', index: 0 })).toBe(form);
    expect(moveField(form, 'region', { section: 'nope', index: 0 })).toBe(form);
    expect(moveField(form, 'company_name', { section: 'registration', index: 0 })).toBe(form);
  });
});

describe('sections', () => {
  it('adds an empty two-column section after another, with a fresh id', () => {
    const { def, id } = addSection(form, NEW_SECTION, 'registration');
    expect(id).toBe('section_1');
    expect(sectionIds(def)).toEqual(['registration', 'section_1', 'financials', 'trading', 'credit', 'contacts']);
    expect(def.sections[1]).toEqual({ id: 'section_1', label: NEW_SECTION, columns: 2, fields: [] });
    expect(sectionIds(addSection(def, NEW_SECTION).def).at(-1)).toBe('section_2');
  });

  it('removes a section and hands its fields to the one before (or after, for the first)', () => {
    const next = removeSection(form, 'trading');
    expect(sectionIds(next)).toEqual(['registration', 'financials', 'credit', 'contacts']);
    expect(fieldsOf(next, 'financials')).toEqual([...fieldsOf(form, 'financials'), ...fieldsOf(form, 'trading')]);
    expect(validateForm(next, sampleContext())).toEqual([]);
    const first = removeSection(form, 'registration');
    expect(fieldsOf(first, 'financials').slice(0, 2)).toEqual(['company_name', 'credit_code']);
  });

  it('keeps the last section', () => {
    const one = { ...form, fields: [], sections: [{ id: 'only', label: NEW_SECTION, columns: 1 as const, fields: [] }] };
    expect(removeSection(one, 'only')).toBe(one);
    expect(removeSection(form, 'nope')).toBe(form);
  });

  it('moves a section up or down, not past either end', () => {
    expect(sectionIds(moveSection(form, 'financials', -1))).toEqual(['financials', 'registration', 'trading', 'credit', 'contacts']);
    expect(sectionIds(moveSection(form, 'financials', 1))).toEqual(['registration', 'trading', 'financials', 'credit', 'contacts']);
    expect(moveSection(form, 'registration', -1)).toBe(form);
    expect(moveSection(form, 'contacts', 1)).toBe(form);
    expect(moveSection(form, 'financials', -1).fields[0]?.id).toBe('annual_sales');
  });

  it('sets a label and the number of columns', () => {
    const next = setSection(form, 'contacts', { columns: 2, label: { 'zh-CN': '联系方式', en: 'Contact details' } });
    expect(next.sections.at(-1)).toMatchObject({ columns: 2, label: { en: 'Contact details' }, fields: ['contacts'] });
    expect(setSection(form, 'nope', { columns: 2 })).toBe(form);
  });
});

describe('inLayoutOrder', () => {
  it('sorts fields as the sections list them, unplaced ones last, and keeps an ordered form as it is', () => {
    expect(inLayoutOrder(form)).toBe(form);
    const shuffled = { ...form, fields: [...form.fields].reverse() };
    expect(inLayoutOrder(shuffled).fields.map((f) => f.id)).toEqual(form.fields.map((f) => f.id));
    const loose = { ...form, sections: form.sections.map((s) => ({ ...s, fields: s.fields.filter((id) => id !== 'company_name') })) };
    expect(inLayoutOrder(loose).fields.at(-1)?.id).toBe('company_name');
  });
});
