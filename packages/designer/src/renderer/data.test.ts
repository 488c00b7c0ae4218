import { describe, expect, it } from 'vitest';
import { recordName } from './data.js';

describe('naming records', () => {
  it('names a record by its label, or by its id when the label is empty or missing', () => {
    expect(recordName('company_name', { id: 'r1', data: { company_name: '闽江机械' } })).toBe('闽江机械');
    expect(recordName('company_name', { id: 'r1', data: { company_name: '  ' } })).toBe('r1');
    expect(recordName(undefined, { id: 'r2', data: { company_name: 'x' } })).toBe('r2');
  });
});
