import { describe, expect, it } from 'vitest';
import { codes, defAt, label, valueAt } from '../test-kit.js';
import type { TextField } from '../types.js';
import { text } from './text.js';

const name: TextField = { id: 'company_name', type: 'text', label: label('Company name', '企业名称'), rules: { minLength: 2, maxLength: 10, pattern: { regex: '^[^0-9]+$' } } };
const at = valueAt('Company name', '企业名称');

describe('text', () => {
  it('accepts a string within its rules', () => {
    expect(text.checkValue('闽江机械', name, at)).toEqual([]);
    expect(text.kind(name)).toBe('text');
  });

  it('rejects a value that is not a string', () => {
    expect(codes(text.checkValue(42, name, at))).toEqual(['value.type']);
    const [p] = text.checkValue(42, name, at);
    expect(p?.message).toBe('Company name must be a text, not the number 42: write it as text, in double quotes.');
    expect(p?.messageZh).toBe('企业名称应为文本，而不是数字 42：请以文本填写（加双引号）。');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(text.checkValue('𠀀𠀀', name, at)).toEqual([]);
    expect(codes(text.checkValue('𠀀', name, at))).toEqual(['value.minLength']);
  });

  it('names the field in both languages', () => {
    const [p] = text.checkValue('abcdefghijk', name, at);
    expect(p?.message).toBe('Company name must be at most 10 characters long (it has 11): shorten it.');
    expect(p?.messageZh).toBe('企业名称最多允许 10 个字符（现有 11 个），请删减。');
  });

  it('checks the pattern with the default or the field’s own message', () => {
    expect(codes(text.checkValue('abc1', name, at))).toEqual(['value.pattern']);
    expect(text.checkValue('abc1', name, at)[0]?.message).toBe('Company name is not in the expected format: correct it to match the pattern ^[^0-9]+$.');
    const own: TextField = { ...name, rules: { pattern: { regex: '^\\d+$', message: label('Digits only', '只能填数字') } } };
    expect(text.checkValue('x', own, at)[0]?.message).toBe('Digits only');
  });

  it('caps a text at 1,000 characters even without rules', () => {
    const bare: TextField = { id: 'n', type: 'text', label: label('Note') };
    expect(codes(text.checkValue('x'.repeat(1001), bare, at))).toEqual(['value.maxLength']);
  });

  it('checks its definition: length range, regex, cap', () => {
    const bad: TextField = { ...name, rules: { minLength: 5, maxLength: 2, pattern: { regex: '(?=x)' } } };
    expect(codes(text.checkDefinition(bad, defAt()))).toEqual(['field.rules.lengthRange', 'field.rules.pattern']);
    const tooLong: TextField = { ...name, rules: { maxLength: 5000 } };
    const [p] = text.checkDefinition(tooLong, defAt());
    expect(p?.path).toBe('/fields/0/rules/maxLength');
    expect(p?.message).toContain('long text');
  });

  it('gives a value schema with the length bounds', () => {
    expect(text.valueSchema(name, () => ({}))).toEqual({ type: 'string', minLength: 2, maxLength: 10 });
  });
});
