import { describe, expect, it } from 'vitest';
import { codes, defAt, label, valueAt } from '../test-kit.js';
import type { FormulaField } from '../types.js';
import { formula } from './formula.js';

const ratio: FormulaField = { id: 'debt_ratio', type: 'formula', label: label('Debt ratio', '资产负债率'), formula: 'total_liabilities / total_assets', resultType: 'percent', decimals: 2 };

describe('formula', () => {
  it('takes its kind from its result type', () => {
    expect(formula.kind(ratio)).toBe('number');
    expect(formula.kind({ ...ratio, resultType: 'date' })).toBe('date');
    expect(formula.kind({ ...ratio, resultType: 'text' })).toBe('text');
  });

  it('checks a stored value against its result type', () => {
    expect(formula.checkValue(0.55, ratio, valueAt())).toEqual([]);
    expect(codes(formula.checkValue('55%', ratio, valueAt()))).toEqual(['value.type']);
    expect(formula.checkValue('55%', ratio, valueAt())[0]?.message).toBe('Amount must be a number, not the text "55%": remove the value, as it is computed.');
    expect(codes(formula.checkValue('2024-02-30', { ...ratio, resultType: 'date' }, valueAt()))).toEqual(['value.type']);
    expect(formula.checkValue(true, { ...ratio, resultType: 'boolean' }, valueAt())).toEqual([]);
  });

  it('cannot be required, have a default, or give money decimals', () => {
    const bad = { ...ratio, required: true, default: 0.5, resultType: 'money' as const };
    expect(codes(formula.checkDefinition(bad, defAt()))).toEqual(['field.computed.required', 'field.computed.default', 'field.formula.decimals']);
    expect(formula.checkDefinition(ratio, defAt())).toEqual([]);
  });

  it('labels the values of a text result only, each once', () => {
    const status: FormulaField = { id: 'status', type: 'formula', label: label('Status', '状态'), formula: 'IF(frozen, "frozen", "normal")', resultType: 'text', options: [{ id: 'frozen', label: label('Frozen', '冻结') }, { id: 'normal', label: label('Normal', '正常') }] };
    expect(formula.checkDefinition(status, defAt())).toEqual([]);
    expect(codes(formula.checkDefinition({ ...status, resultType: 'money' }, defAt()))).toEqual(['field.options.text_only']);
    expect(codes(formula.checkDefinition({ ...status, options: [] }, defAt()))).toEqual(['field.options.empty']);
    const twice = formula.checkDefinition({ ...status, options: [status.options![0]!, status.options![0]!] }, defAt());
    expect(twice.map((p) => [p.code, p.path])).toEqual([['field.options.duplicate', expect.stringMatching(/\/options\/1\/id$/)]]);
  });

  it('marks its value schema read-only', () => {
    expect(formula.valueSchema(ratio, () => ({}))).toEqual({ type: 'number', readOnly: true });
  });
});
