import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { customerCreditProfile as form } from '../samples/index.js';
import { addNear, dragId, drop, parseDragId } from './drag.js';

const fieldsOf = (d: FormDefinition, id: string) => d.sections.find((s) => s.id === id)?.fields ?? [];

describe('parseDragId', () => {
  it('reads each kind back, whatever the id holds', () => {
    expect(parseDragId(dragId.palette('money'))).toEqual({ kind: 'palette', type: 'money' });
    expect(parseDragId(dragId.field('contacts'))).toEqual({ kind: 'field', id: 'contacts' });
    expect(parseDragId(dragId.section('contacts'))).toEqual({ kind: 'section', id: 'contacts' });
    expect(parseDragId(dragId.firstSection)).toEqual({ kind: 'first-section' });
    expect(parseDragId('other:x')).toBeUndefined();
    expect(parseDragId(7)).toBeUndefined();
  });
});

describe('drop', () => {
  it('adds a palette field before the card it is dropped on, or last in a section body', () => {
    const before = drop(form, 'palette:money', 'field:total_assets');
    expect(before?.select).toBe('money_1');
    expect(fieldsOf(before?.def ?? form, 'financials').slice(0, 3)).toEqual(['annual_sales', 'money_1', 'total_assets']);
    const last = drop(form, 'palette:text', 'section:contacts');
    expect(fieldsOf(last?.def ?? form, 'contacts')).toEqual(['contacts', 'text_1']);
  });

  it('makes the first section of an empty form', () => {
    const empty: FormDefinition = { ...form, fields: [], sections: [] };
    const made = drop(empty, 'palette:date', dragId.firstSection);
    expect(made?.def.sections).toEqual([{ id: 'section_1', label: { 'zh-CN': '新分组', en: 'New section' }, columns: 2, fields: ['date_1'] }]);
  });

  it('moves a card to the place of another, within or across sections', () => {
    const within = drop(form, 'field:company_name', 'field:legal_representative');
    expect(fieldsOf(within?.def ?? form, 'registration').slice(0, 3)).toEqual(['credit_code', 'legal_representative', 'company_name']);
    const across = drop(form, 'field:region', 'field:annual_sales');
    expect(fieldsOf(across?.def ?? form, 'financials')[0]).toBe('region');
    expect(across?.select).toBe('region');
  });

  it('moves a card last in a section when dropped on the section body', () => {
    const own = drop(form, 'field:company_name', 'section:registration');
    expect(fieldsOf(own?.def ?? form, 'registration').at(-1)).toBe('company_name');
    const other = drop(form, 'field:company_name', 'section:contacts');
    expect(fieldsOf(other?.def ?? form, 'contacts')).toEqual(['contacts', 'company_name']);
  });

  it('changes nothing for a drop in place or on nothing known', () => {
    expect(drop(form, 'field:company_name', 'field:company_name')).toBeUndefined();
    expect(drop(form, 'field:recent_changes', 'section:registration')).toBeUndefined();
    expect(drop(form, 'palette:text', 'section:nope')).toBeUndefined();
    expect(drop(form, 'section:registration', 'field:region')).toBeUndefined();
    expect(drop(form, 'field:company_name', dragId.firstSection)).toBeUndefined();
  });
});

describe('addNear', () => {
  it('adds after the selected field, last in the selected section, else last in the last section', () => {
    const after = addNear(form, 'money', { field: 'annual_sales' });
    expect(fieldsOf(after.def, 'financials').slice(0, 2)).toEqual(['annual_sales', 'money_1']);
    expect(after.select).toBe('money_1');
    expect(fieldsOf(addNear(form, 'text', { section: 'credit' }).def, 'credit').at(-1)).toBe('text_1');
    expect(fieldsOf(addNear(form, 'text', {}).def, 'contacts')).toEqual(['contacts', 'text_1']);
  });

  it('gives a form without sections its first one', () => {
    const made = addNear({ ...form, fields: [], sections: [] }, 'user', {});
    expect(made.def.sections.map((s) => s.fields)).toEqual([['user_1']]);
  });
});
