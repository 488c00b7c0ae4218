import type { FieldDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { nameOf } from './csv-names.js';
import { cellOf, scoreCells, valueOf } from './csv-values.js';

const label = { en: 'x', 'zh-CN': 'x' };
const field = (type: string): FieldDefinition => ({ id: 'f', type, label, options: [] }) as unknown as FieldDefinition;

describe('cells', () => {
  it('round-trips each kind of value', () => {
    const cases: [string, unknown][] = [['money', 1234.5], ['percent', 0.35], ['boolean', false], ['multi_select', ['a', 'b']], ['sub_table', [{ id: 'r1', n: 1 }]], ['text', 'Acme, Ltd'], ['text', '=HYPERLINK("x")'], ['date', '2024-05-01']];
    for (const [type, value] of cases) expect([type, valueOf(field(type), cellOf(field(type), value, undefined))]).toEqual([type, value]);
  });

  it('guards text that Excel would run as a formula', () => {
    expect(cellOf(field('text'), '=1+1', undefined)).toBe("'=1+1");
    expect(cellOf(field('number'), -5, undefined)).toBe('-5');
  });

  it('writes a score as its total and its grade\'s code, a code Excel would run guarded, empty when not scored', () => {
    expect(scoreCells({ total: 71.5, grade: 'B', label: null, color: null }, undefined)).toEqual(['71.5', 'B']);
    expect(scoreCells({ total: -5, grade: '+A', label: null, color: null }, undefined)).toEqual(['-5', "'+A"]);
    expect(scoreCells({ total: null, grade: null, label: null, color: null }, undefined)).toEqual(['', '']);
    expect(scoreCells(null, undefined)).toEqual(['', '']);
  });

  it('reads amounts and dates as a spreadsheet saved in Chinese writes them, and nothing ambiguous', () => {
    expect(['5,000,000', '¥1,200.50', '￥ 3,000', '3000元', '-1,234', '1，000'].map((c) => valueOf(field('money'), c))).toEqual([5_000_000, 1200.5, 3000, 3000, -1234, 1000]);
    expect(['1,50', '12,3456', '1,000,00', '5.000.000'].map((c) => valueOf(field('number'), c))).toEqual(['1,50', '12,3456', '1,000,00', '5.000.000']);
    expect(['2015/3/18', '2015-3-8', '2015.12.01', '2015年3月18日', ' 2015/03/18 '].map((c) => valueOf(field('date'), c))).toEqual(['2015-03-18', '2015-03-08', '2015-12-01', '2015-03-18', '2015-03-18']);
    // Day first is ambiguous (3/4/2015), and a text field's slashes are its own.
    expect(valueOf(field('date'), '18/3/2015')).toBe('18/3/2015');
    expect(valueOf(field('text'), '2015/3/18')).toBe('2015/3/18');
  });

  it('leaves empty cells out and passes wrong types on for validation', () => {
    expect(valueOf(field('money'), '')).toBeUndefined();
    expect(valueOf(field('money'), 'lots')).toBe('lots');
    expect(valueOf(field('boolean'), 'maybe')).toBe('maybe');
    expect(valueOf(field('sub_table'), '[oops')).toBe('[oops');
  });

  it('writes a percent as the form shows it and reads 85% or 85 as 85%, exactly', () => {
    const percent = field('percent');
    expect([0.85, 0.125, 0.07, 1, 0, -0.035, 0.123456].map((v) => cellOf(percent, v, undefined))).toEqual(['85%', '12.5%', '7%', '100%', '0%', '-3.5%', '12.3456%']);
    expect(['85%', '85', ' 85 % ', '12.5%', '7％', '0.1%', '-3.5'].map((c) => valueOf(percent, c))).toEqual([0.85, 0.85, 0.85, 0.125, 0.07, 0.001, -0.035]);
    const debtRatio = { id: 'r', type: 'formula', resultType: 'percent', formula: '1', label } as unknown as FieldDefinition;
    expect(cellOf(debtRatio, 0.5, undefined)).toBe('50%');
    expect(valueOf(percent, '85%%')).toBe('85%%');
    expect(valueOf(percent, 'abc')).toBe('abc');
    // Every percentage with up to 4 decimals comes back as the same fraction it was written from.
    for (let i = -20_000; i <= 2_000_000; i += 37) {
      const fraction = Number(`${i}e-6`);
      expect(valueOf(percent, cellOf(percent, fraction, undefined))).toBe(fraction);
    }
  });

  it('reads a select option by its id or its label in either language', () => {
    const options = [
      { id: 'option_1', label: { en: 'Parts', 'zh-CN': '零部件' } },
      { id: 'option_2', label: { en: 'Raw materials', 'zh-CN': '原材料' } },
      { id: 'option_3', label: { en: 'Same', 'zh-CN': '同名' } },
      { id: 'option_4', label: { en: 'Same', 'zh-CN': '同名' } },
    ];
    const single = { id: 's', type: 'single_select', label, options } as unknown as FieldDefinition;
    const multi = { id: 'm', type: 'multi_select', label, options } as unknown as FieldDefinition;
    expect(['option_1', '零部件', 'Parts', ' 原材料 ', 'Same', 'nope'].map((c) => valueOf(single, c))).toEqual(['option_1', 'option_1', 'option_1', 'option_2', 'Same', 'nope']);
    expect(valueOf(multi, '零部件; Raw materials;option_1')).toEqual(['option_1', 'option_2', 'option_1']);
  });

  it('names fields, options, yes/no and grades in the words of a language, when they read back as written', () => {
    const options = [
      { id: 'option_1', label: { en: 'Parts', 'zh-CN': '零部件' } },
      { id: 'option_2', label: { en: 'Same', 'zh-CN': '同名' } },
      { id: 'option_3', label: { en: 'Same', 'zh-CN': '其他' } },
      { id: 'option_4', label: { en: 'A;B', 'zh-CN': '=1+1' } },
      { id: 'option_5', label: { en: 'option_1', 'zh-CN': '五' } },
    ];
    const multi = { id: 'm', type: 'multi_select', label, options } as unknown as FieldDefinition;
    // A label two options share, one holding the separator or starting a formula, or another's id stays the id.
    expect(cellOf(multi, ['option_1', 'option_2', 'option_3', 'option_4', 'option_5', 'gone'], 'en')).toBe('Parts;option_2;option_3;option_4;option_5;gone');
    expect(cellOf(multi, ['option_1', 'option_2', 'option_3', 'option_4', 'option_5'], 'zh-CN')).toBe('零部件;同名;其他;option_4;五');
    expect(valueOf(multi, cellOf(multi, ['option_1', 'option_2', 'option_3', 'option_4', 'option_5'], 'en'))).toEqual(['option_1', 'option_2', 'option_3', 'option_4', 'option_5']);
    expect(cellOf(multi, ['option_1'], undefined)).toBe('option_1');
    expect(nameOf(options, options[0]!, 'zh-CN')).toBe('零部件');
    expect(nameOf(options, options[0]!, undefined)).toBe('option_1');
    expect([true, false].flatMap((v) => [cellOf(field('boolean'), v, 'zh-CN'), cellOf(field('boolean'), v, 'en'), cellOf(field('boolean'), v, undefined)])).toEqual(['是', 'Yes', 'true', '否', 'No', 'false']);
    expect(['是', '否', 'YES', ' no ', 'True', 'false'].map((c) => valueOf(field('boolean'), c))).toEqual([true, false, true, false, true, false]);
    const score = { total: 71.5, grade: 'B', label: { 'zh-CN': '良', en: 'Good' }, color: null };
    expect([scoreCells(score, 'zh-CN'), scoreCells(score, 'en'), scoreCells({ ...score, label: null }, 'en'), scoreCells({ ...score, label: { 'zh-CN': 'B', en: 'B' } }, 'en')]).toEqual([
      ['71.5', 'B · 良'], ['71.5', 'B · Good'], ['71.5', 'B'], ['71.5', 'B'],
    ]);
  });
});
