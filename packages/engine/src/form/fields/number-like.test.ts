import { describe, expect, it } from 'vitest';
import { defAt, label } from '../test-kit.js';
import type { PercentField } from '../types.js';
import { numberLike } from './number-like.js';

const margin: PercentField = { id: 'gross_margin', type: 'percent', label: label('Gross margin', '毛利率'), rules: { min: 0, max: 0.7 } };

describe('numberLike', () => {
  it('bounds the value schema by the rules it has, and by nothing else', () => {
    expect(numberLike.valueSchema(margin)).toEqual({ type: 'number', minimum: 0, maximum: 0.7 });
    expect(numberLike.valueSchema({ ...margin, rules: { max: 1 } })).toEqual({ type: 'number', maximum: 1 });
    expect(numberLike.valueSchema({ ...margin, rules: undefined })).toEqual({ type: 'number' });
  });

  it('checks the bounds are in order', () => {
    expect(numberLike.checkDefinition(margin, defAt())).toEqual([]);
    expect(numberLike.checkDefinition({ ...margin, rules: { min: 0.5, max: 0.1 } }, defAt()).map((p) => p.code)).toEqual(['field.rules.range']);
  });
});
