import { describe, it, expect } from 'vitest';
import { checkTemplate, formatValue, renderTemplate, templateFields } from './template.js';
import { actionEnv } from './test-kit.js';

const t = (en: string, zh = '好') => ({ 'zh-CN': zh, en });
const facts = actionEnv().facts;

describe('templates', () => {
  it('list the fields they name, once, in order', () => {
    expect(templateFields({ 'zh-CN': '{{ b }}{{a}}', en: '{{a}} {{c}} {{a}}' })).toEqual(['b', 'a', 'c']);
  });

  it('accept known fields and context facts, with or without spaces', () => {
    expect(checkTemplate(t('{{customer_name}} on {{ today }}'), facts, '/m')).toEqual([]);
  });

  it('report each bad placeholder where it is', () => {
    const problems = checkTemplate({ 'zh-CN': '{{客户}} {{installments}}', en: '{{customer_nam}} {{}} {{customer_name}' }, facts, '/m');
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      '/m/zh-CN ruleset.template.placeholder',
      '/m/zh-CN ruleset.template.table',
      '/m/en ruleset.template.field',
      '/m/en ruleset.template.placeholder',
      '/m/en ruleset.template.brace',
    ]);
    expect(problems[2]?.message).toBe('Unknown field "customer_nam" in {{customer_nam}}. Did you mean "customer_name"?');
  });

  it('skip field checks without a catalog but still check the syntax', () => {
    expect(checkTemplate(t('{{anything}}'), null, '/m')).toEqual([]);
    expect(checkTemplate(t('{{a b}}'), null, '/m')).toHaveLength(1);
  });

  it('format values for people: lists joined, yes/no, a text in both languages as the message\'s, nothing as empty', () => {
    const why = { 'zh-CN': '逾期次数 0 → 1', en: 'Late payments 0 → 1' };
    expect([formatValue(why, 'zh-CN'), formatValue(why, 'en')]).toEqual(['逾期次数 0 → 1', 'Late payments 0 → 1']);
    expect(formatValue(['east', 'north'], 'en')).toBe('east, north');
    expect(formatValue(['east', 'north'], 'zh-CN')).toBe('east、north');
    expect(formatValue(true, 'zh-CN')).toBe('是');
    expect(formatValue(false, 'en')).toBe('no');
    expect(formatValue(0, 'en')).toBe('0');
    expect(formatValue(null, 'en')).toBe('');
    expect(formatValue({ a: 1 }, 'en')).toBe('');
  });

  it('render by plain substitution: a value that looks like a template stays text', () => {
    const out = renderTemplate({ 'zh-CN': '{{a}}/{{b}}', en: '{{a}} and {{missing}}' }, { a: '{{b}}', b: 2 }, 'f');
    expect(out).toEqual({
      'zh-CN': '{{b}}/2', en: '{{b}} and ',
      fields: { form: 'f', 'zh-CN': [{ field: 'a', start: 0, end: 5 }, { field: 'b', start: 6, end: 7 }], en: [{ field: 'a', start: 0, end: 5 }, { field: 'missing', start: 10, end: 10 }] },
    });
  });

  it('write money grouped with two decimals and percentages as %, by the field type in the catalog', () => {
    const catalog = new Map([
      ['amount', { id: 'amount', type: 'money', kind: 'number' as const }],
      ['ratio', { id: 'ratio', type: 'percent', kind: 'number' as const }],
      ['days', { id: 'days', type: 'number', kind: 'number' as const }],
    ]);
    const out = renderTemplate({ 'zh-CN': '{{amount}} 元，{{ratio}}，{{days}} 天', en: '{{amount}} CNY' }, { amount: 950000.5, ratio: 0.355, days: 12000 }, 'f', catalog);
    expect(out).toMatchObject({ 'zh-CN': '950,000.50 元，35.5%，12000 天', en: '950,000.50 CNY' });
    expect(renderTemplate(t('{{amount}}'), { amount: 950000.5 }, 'f').en).toBe('950000.5');
  });

  it('never read inherited properties', () => {
    expect(renderTemplate(t('[{{constructor}}]'), {}, 'f').en).toBe('[]');
  });
});
