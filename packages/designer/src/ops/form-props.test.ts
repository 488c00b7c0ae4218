import { validateForm } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { customerCreditProfile as form, sampleContext } from '../samples/index.js';
import { fieldAt } from './form-fields.js';
import { patchField, setAccess, setFormText, setHelp, setRequired, setResultType, setRule, setChosenField } from './form-props.js';

const region = { id: 'region' };

describe('patchField', () => {
  it('sets properties and removes those set to undefined', () => {
    const next = patchField(form, { id: 'lawsuit_details' }, { label: { 'zh-CN': '诉讼说明', en: 'Lawsuits' }, visibleWhen: undefined });
    const f = fieldAt(next, { id: 'lawsuit_details' });
    expect(f?.label.en).toBe('Lawsuits');
    expect(f !== undefined && 'visibleWhen' in f).toBe(false);
    expect(validateForm(next, sampleContext())).toEqual([]);
  });

  it('sets a column property', () => {
    expect(fieldAt(patchField(form, { id: 'title', table: 'contacts' }, { required: true }), { id: 'title', table: 'contacts' })?.required).toBe(true);
  });
});

describe('setRequired', () => {
  it('writes true or leaves the property out, and never makes a formula required', () => {
    const on = setRequired(form, region, true);
    expect(fieldAt(on, region)?.required).toBe(true);
    expect('required' in (fieldAt(setRequired(on, region, false), region) ?? {})).toBe(false);
    expect(setRequired(form, { id: 'equity' }, true)).toBe(form);
  });
});

describe('setHelp', () => {
  it('sets help in both languages, and two blanks remove it', () => {
    const next = setHelp(form, region, { 'zh-CN': '注册地', en: 'Where it is registered' });
    expect(fieldAt(next, region)?.help?.en).toBe('Where it is registered');
    expect(fieldAt(setHelp(next, region, { 'zh-CN': ' ', en: '' }), region)?.help).toBeUndefined();
  });
});

describe('setRule', () => {
  it('adds, replaces and removes one rule, dropping an empty rules object', () => {
    const id = { id: 'legal_representative' };
    const a = setRule(form, id, 'minLength', 2);
    expect(fieldAt(a, id)?.rules).toEqual({ maxLength: 50, minLength: 2 });
    const b = setRule(setRule(a, id, 'maxLength', undefined), id, 'minLength', undefined);
    expect('rules' in (fieldAt(b, id) ?? {})).toBe(false);
    expect(validateForm(b, sampleContext())).toEqual([]);
  });

  it('lets validation flag a bound in the wrong order', () => {
    const next = setRule(form, { id: 'gross_margin' }, 'min', 2);
    expect(validateForm(next, sampleContext()).map((p) => p.code)).toContain('field.rules.range');
  });
});

describe('setAccess', () => {
  it('names read and hidden roles; write (the default) removes the entry and an empty table', () => {
    const id = { id: 'risk_notes' };
    const a = setAccess(form, id, 'risk_officer', 'read');
    expect(fieldAt(a, id)?.access).toEqual({ salesperson: 'hidden', sales_manager: 'hidden', risk_officer: 'read' });
    const b = setAccess(setAccess(setAccess(a, id, 'risk_officer', 'write'), id, 'salesperson', 'write'), id, 'sales_manager', 'write');
    expect('access' in (fieldAt(b, id) ?? {})).toBe(false);
    expect(validateForm(a, sampleContext())).toEqual([]);
  });
});

describe('setResultType', () => {
  it('keeps decimals for number and percent results only', () => {
    const id = { id: 'debt_ratio' };
    expect(fieldAt(setResultType(form, id, 'number'), id)).toMatchObject({ resultType: 'number', decimals: 2 });
    const money = fieldAt(setResultType(form, id, 'money'), id);
    expect(money).toMatchObject({ resultType: 'money' });
    expect(money !== undefined && 'decimals' in money).toBe(false);
    expect(setResultType(form, region, 'text')).toBe(form);
  });
});

describe('setFormText', () => {
  it('sets the name, and sets or (when blank) removes the description', () => {
    const name = { 'zh-CN': '客户档案', en: 'Customer profile' };
    expect(setFormText(form, 'name', name).name).toEqual(name);
    expect(setFormText(form, 'description', name).description).toEqual(name);
    expect('description' in setFormText(form, 'description', { 'zh-CN': '', en: ' ' })).toBe(false);
  });
});

describe('setChosenField', () => {
  it('names the field that titles records, and clears it back to the first text field', () => {
    const titled = setChosenField(form, 'titleField', 'company_name');
    expect(titled.titleField).toBe('company_name');
    expect('titleField' in setChosenField(titled, 'titleField', undefined)).toBe(false);
  });

  it('names the field that tells a record\'s state, and clears it, leaving the title alone', () => {
    const stated = setChosenField(setChosenField(form, 'titleField', 'company_name'), 'stateField', 'credit_status');
    expect([stated.titleField, stated.stateField]).toEqual(['company_name', 'credit_status']);
    expect('stateField' in setChosenField(stated, 'stateField', undefined)).toBe(false);
  });
});
