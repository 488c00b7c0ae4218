import { describe, expect, it } from 'vitest';
import { label } from '../test-kit.js';
import { COLUMN_TYPES, FIELD_TYPES, fieldTypes, specOf } from './index.js';

describe('field type registry', () => {
  it('has all seventeen types, each labelled in both languages', () => {
    expect(FIELD_TYPES).toHaveLength(17);
    for (const type of FIELD_TYPES) {
      expect(fieldTypes[type].label.en.length).toBeGreaterThan(0);
      expect(fieldTypes[type].label['zh-CN'].length).toBeGreaterThan(0);
    }
  });

  it('offers every type but a nested table and the ones filled per record to columns', () => {
    expect(COLUMN_TYPES).not.toContain('sub_table');
    expect(COLUMN_TYPES).not.toContain('serial');
    expect(COLUMN_TYPES).toHaveLength(13);
  });

  it('finds the spec of a field', () => {
    expect(specOf({ id: 'x', type: 'money', label: label('X') })).toBe(fieldTypes.money);
  });
});
