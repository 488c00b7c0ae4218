import { describe, expect, it } from 'vitest';
import { checkField, kindsText } from './field-check.js';
import { scopeOf } from '../test-kit.js';

const needer = { en: 'the bands method', zh: '区间法' };

describe('checkField', () => {
  it('returns the field when it fits', () => {
    const r = checkField(scopeOf('debt'), '/p', 'debt_ratio', ['number'], needer);
    expect(r.problems).toEqual([]);
    expect(r.field?.type).toBe('percent');
  });

  it('says which kind the field is and which the method needs', () => {
    const [p] = checkField(scopeOf('debt'), '/p', 'industry', ['number', 'date'], needer).problems;
    expect(p?.message).toBe('Factor "debt": field "industry" is a text (single_select); the bands method needs a number or a date field. Pick another field or method.');
    expect(p?.messageZh).toBe('指标 "debt"：字段 "industry" 是文本（single_select），区间法需要数字或日期字段。请换一个字段或方法。');
  });

  it('checks nothing when the form is unknown', () => {
    expect(checkField(scopeOf('debt', null), '/p', 'nothing', ['number'], needer)).toEqual({ problems: [] });
  });

  it('writes kinds for messages', () => {
    expect(kindsText(['text', 'boolean']).en).toBe('a text or a yes/no value');
  });
});
