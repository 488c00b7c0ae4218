import { validateForm } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { customerCreditProfile as form, sampleContext } from '../samples/index.js';
import { setRule } from './form-props.js';
import { fieldPath, formPlaceOf, sectionPath } from './form-problems.js';

describe('formPlaceOf', () => {
  it('reads field, column and section pointers back as ids', () => {
    expect(formPlaceOf(form, '/fields/1/rules/pattern/regex')).toEqual({ field: { id: 'credit_code' }, rest: ['rules', 'pattern', 'regex'] });
    const contacts = form.fields.findIndex((f) => f.id === 'contacts');
    expect(formPlaceOf(form, `/fields/${contacts}/columns/2/rules`)).toEqual({ field: { id: 'phone', table: 'contacts' }, rest: ['rules'] });
    expect(formPlaceOf(form, `/fields/${contacts}/columns`)).toEqual({ field: { id: 'contacts' }, rest: ['columns'] });
    expect(formPlaceOf(form, '/sections/1/fields/0')).toEqual({ section: 'financials', rest: ['fields', '0'] });
    expect(formPlaceOf(form, '/name/en')).toEqual({ rest: ['name', 'en'] });
    expect(formPlaceOf(form, '/fields/999/label')).toEqual({ rest: ['fields', '999', 'label'] });
    expect(formPlaceOf(form, '')).toEqual({ rest: [] });
  });

  it('places what validation finds on the field it is about', () => {
    const def = setRule(form, { id: 'gross_margin' }, 'min', 2);
    const [p] = validateForm(def, sampleContext());
    expect(p !== undefined && formPlaceOf(def, p.path).field).toEqual({ id: 'gross_margin' });
  });
});

describe('paths', () => {
  it('gives the current pointer of a field, a column and a section', () => {
    expect(fieldPath(form, { id: 'credit_code' })).toBe('/fields/1');
    expect(fieldPath(form, { id: 'phone', table: 'contacts' })).toBe(`/fields/${form.fields.length - 1}/columns/2`);
    expect(fieldPath(form, { id: 'nope' })).toBeUndefined();
    expect(fieldPath(form, { id: 'nope', table: 'contacts' })).toBeUndefined();
    expect(sectionPath(form, 'financials')).toBe('/sections/1');
    expect(sectionPath(form, 'nope')).toBeUndefined();
  });
});
