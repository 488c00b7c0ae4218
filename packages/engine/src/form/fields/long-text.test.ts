import { describe, expect, it } from 'vitest';
import { codes, defAt, label, valueAt } from '../test-kit.js';
import type { LongTextField } from '../types.js';
import { longText } from './long-text.js';

const notes: LongTextField = { id: 'notes', type: 'long_text', label: label('Notes', '备注') };

describe('long text', () => {
  it('accepts several lines', () => {
    expect(longText.checkValue('第一行\n第二行', notes, valueAt())).toEqual([]);
  });

  it('rejects non-strings and texts over 20,000 characters', () => {
    expect(codes(longText.checkValue(['a'], notes, valueAt()))).toEqual(['value.type']);
    expect(codes(longText.checkValue('x'.repeat(20_001), notes, valueAt()))).toEqual(['value.maxLength']);
  });

  it('takes no unique rule, and allows a maximum up to its cap', () => {
    expect(longText.rules).not.toContain('unique');
    expect(longText.checkDefinition({ ...notes, rules: { maxLength: 5000 } }, defAt())).toEqual([]);
  });
});
