import { describe, expect, it } from 'vitest';
import { codes, defAt, label, valueAt, where } from '../test-kit.js';
import type { MultiSelectField } from '../types.js';
import { multiSelect } from './multi-select.js';

const changes: MultiSelectField = {
  id: 'recent_changes',
  type: 'multi_select',
  label: label('Recent changes', '近期变更'),
  options: [
    { id: 'legal_representative', label: label('Legal representative') },
    { id: 'shareholders', label: label('Shareholders') },
  ],
};

describe('multi select', () => {
  it('accepts distinct option ids', () => {
    expect(multiSelect.checkValue(['shareholders', 'legal_representative'], changes, valueAt())).toEqual([]);
  });

  it('places each wrong item on its index', () => {
    expect(where(multiSelect.checkValue(['shareholders', 'shareholders', 'ceo', 3], changes, valueAt()))).toEqual(['/v/1 value.duplicate', '/v/2 value.option', '/v/3 value.type']);
  });

  it('rejects a single id instead of a list', () => {
    expect(codes(multiSelect.checkValue('shareholders', changes, valueAt()))).toEqual(['value.type']);
    expect(multiSelect.checkValue('shareholders', changes, valueAt())[0]?.message).toBe('Amount must be a list of option ids, not the text "shareholders": put the ids in a list, like ["shareholders"].');
    expect(multiSelect.checkValue([3], changes, valueAt())[0]?.message).toBe('Amount must be an option id, not the number 3: choose one of legal_representative, shareholders.');
  });

  it('checks its options and is a list for formulas and conditions', () => {
    expect(codes(multiSelect.checkDefinition({ ...changes, options: [] }, defAt()))).toEqual(['field.options.empty']);
    expect(multiSelect.kind(changes)).toBe('list');
    expect(multiSelect.valueSchema(changes, () => ({}))).toEqual({ type: 'array', items: { enum: ['legal_representative', 'shareholders'] }, uniqueItems: true });
  });
});
