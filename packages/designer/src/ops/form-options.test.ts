import { validateForm } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { customerCreditProfile as form, sampleContext } from '../samples/index.js';
import { fieldAt } from './form-fields.js';
import type { FieldRef } from './form-fields.js';
import { addOption, moveOption, removeOption, setOptionLabel } from './form-options.js';
import { patchField } from './form-props.js';

const region = { id: 'region' };
const ids = (d: FormDefinition, ref: FieldRef) => {
  const f = fieldAt(d, ref);
  return f?.type === 'single_select' || f?.type === 'multi_select' ? f.options.map((o) => o.id) : [];
};

describe('options', () => {
  it('adds an option with a fresh id and a numbered label', () => {
    const { def, id } = addOption(form, region);
    expect(id).toBe('option_1');
    expect(ids(def, region)).toEqual(['east', 'south', 'north', 'central', 'west', 'option_1']);
    const f = fieldAt(def, region);
    expect(f?.type === 'single_select' && f.options.at(-1)?.label).toEqual({ 'zh-CN': '选项 6', en: 'Option 6' });
    expect(addOption(def, region).id).toBe('option_2');
    expect(validateForm(def, sampleContext())).toEqual([]);
  });

  it('removes an option, and a default that named it', () => {
    const withDefault = patchField(form, region, { default: 'west' });
    const next = removeOption(withDefault, region, 'west');
    expect(ids(next, region)).toEqual(['east', 'south', 'north', 'central']);
    expect(fieldAt(next, region)?.default).toBeUndefined();
    expect(fieldAt(removeOption(withDefault, region, 'east'), region)?.default).toBe('west');
  });

  it('keeps the defaults of a multi select that remain options', () => {
    const ref = { id: 'recent_changes' };
    const withDefault = patchField(form, ref, { default: ['shareholders', 'legal_representative'] });
    expect(fieldAt(removeOption(withDefault, ref, 'shareholders'), ref)?.default).toEqual(['legal_representative']);
    expect(fieldAt(removeOption(removeOption(withDefault, ref, 'shareholders'), ref, 'legal_representative'), ref)?.default).toBeUndefined();
  });

  it('lets validation flag a select left without options', () => {
    let def = form;
    for (const id of ids(form, { id: 'enterprise_type' })) def = removeOption(def, { id: 'enterprise_type' }, id);
    expect(validateForm(def, sampleContext()).map((p) => p.code)).toEqual(['field.options.empty']);
  });

  it('reorders and relabels by id', () => {
    expect(ids(moveOption(form, region, 'west', 'east'), region)).toEqual(['west', 'east', 'south', 'north', 'central']);
    const next = setOptionLabel(form, region, 'west', { 'zh-CN': '西南', en: 'South-west' });
    const f = fieldAt(next, region);
    expect(f?.type === 'single_select' && f.options.at(-1)).toEqual({ id: 'west', label: { 'zh-CN': '西南', en: 'South-west' } });
    expect(removeOption(form, region, 'nope')).toBe(form);
    expect(moveOption(form, { id: 'company_name' }, 'a', 'b')).toBe(form);
  });
});
