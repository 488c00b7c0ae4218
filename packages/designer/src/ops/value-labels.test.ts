import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { fieldAt } from './form-fields.js';
import { setResultType } from './form-props.js';
import { addValueLabel, removeValueLabel, setValueLabel } from './value-labels.js';

const label = { 'zh-CN': '状态', en: 'Status' };
const form: FormDefinition = {
  kind: 'form',
  id: 'customer',
  name: { 'zh-CN': '客户', en: 'Customer' },
  fields: [{ id: 'status', type: 'formula', label, formula: 'IF(frozen, "frozen", "normal")', resultType: 'text' }],
  sections: [],
};
const ref = { id: 'status' };
const labels = (def: FormDefinition) => {
  const f = fieldAt(def, ref);
  return f?.type === 'formula' ? f.options : undefined;
};

describe('value labels', () => {
  it('are added, renamed and relabelled in place', () => {
    const two = addValueLabel(addValueLabel(form, ref), ref);
    expect(labels(two)?.map((o) => o.id)).toEqual(['value_1', 'value_2']);
    const named = setValueLabel(setValueLabel(two, ref, 0, { id: 'frozen' }), ref, 0, { label: { 'zh-CN': '冻结', en: 'Frozen' } });
    expect(labels(named)?.[0]).toEqual({ id: 'frozen', label: { 'zh-CN': '冻结', en: 'Frozen' } });
    expect(labels(named)?.[1]?.id).toBe('value_2');
  });

  it('go with the last one removed, and when the result stops being text', () => {
    const one = setValueLabel(addValueLabel(form, ref), ref, 0, { id: 'frozen' });
    expect(fieldAt(removeValueLabel(one, ref, 0), ref)).not.toHaveProperty('options');
    expect(fieldAt(setResultType(one, ref, 'number'), ref)).not.toHaveProperty('options');
    expect(labels(setResultType(one, ref, 'text'))).toEqual(labels(one));
  });
});
