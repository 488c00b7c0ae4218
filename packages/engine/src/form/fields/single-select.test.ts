import { describe, expect, it } from 'vitest';
import { codes, defAt, label, valueAt } from '../test-kit.js';
import type { SingleSelectField } from '../types.js';
import { singleSelect } from './single-select.js';

const industry: SingleSelectField = {
  id: 'industry',
  type: 'single_select',
  label: label('Industry', '所属行业'),
  options: [
    { id: 'manufacturing', label: label('Manufacturing', '制造业') },
    { id: 'steel', label: label('Steel', '钢铁') },
  ],
};
const at = valueAt('Industry', '所属行业');

describe('single select', () => {
  it('accepts an option id', () => {
    expect(singleSelect.checkValue('steel', industry, at)).toEqual([]);
  });

  it('rejects an unknown option, suggesting the likely one', () => {
    const [p] = singleSelect.checkValue('stel', industry, at);
    expect(p?.code).toBe('value.option');
    expect(p?.message).toBe('Industry has no option "stel". Did you mean "steel"?');
  });

  it('rejects a label or a non-string', () => {
    expect(codes(singleSelect.checkValue('Steel Works', industry, at))).toEqual(['value.option']);
    expect(codes(singleSelect.checkValue(['steel'], industry, at))).toEqual(['value.type']);
  });

  it('needs options, each with its own id', () => {
    expect(codes(singleSelect.checkDefinition({ ...industry, options: [] }, defAt()))).toEqual(['field.options.empty']);
    const twice = { ...industry, options: [...industry.options, { id: 'steel', label: label('Steel again') }] };
    const [p] = singleSelect.checkDefinition(twice, defAt());
    expect(p?.path).toBe('/fields/0/options/2/id');
    expect(p?.code).toBe('field.options.duplicate');
  });

  it('has an enum value schema and a text kind', () => {
    expect(singleSelect.valueSchema(industry, () => ({}))).toEqual({ enum: ['manufacturing', 'steel'] });
    expect(singleSelect.kind(industry)).toBe('text');
  });
});
