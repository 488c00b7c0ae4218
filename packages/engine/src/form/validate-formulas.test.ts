import { describe, expect, it } from 'vitest';
import { formOf, label, where } from './test-kit.js';
import type { FieldDefinition } from './types.js';
import { checkFormulas } from './validate-formulas.js';

const money = (id: string): FieldDefinition => ({ id, type: 'money', label: label(id) });
const formula = (id: string, source: string, resultType: 'number' | 'money' | 'percent' | 'text' | 'boolean' | 'date' = 'number'): FieldDefinition => ({ id, type: 'formula', label: label(id), formula: source, resultType });

describe('checkFormulas', () => {
  it('passes formulas that name known fields and give their result type', () => {
    const form = formOf([money('total_assets'), money('total_liabilities'), formula('debt_ratio', 'total_liabilities / total_assets', 'percent'), formula('high', 'debt_ratio > 0.7', 'boolean')]);
    expect(checkFormulas(form)).toEqual([]);
  });

  it('reports the formula’s own problems at its path', () => {
    const form = formOf([money('total_assets'), formula('x', 'total_asets * 2')]);
    const problems = checkFormulas(form);
    expect(where(problems)).toEqual(['/fields/1/formula formula.unknown_field']);
    expect(problems[0]?.message).toContain('total_assets');
  });

  it('catches a result type that does not match the formula', () => {
    const form = formOf([money('a'), formula('x', 'a > 1', 'money')]);
    const problems = checkFormulas(form);
    expect(where(problems)).toEqual(['/fields/1/resultType formula.resultType']);
    expect(problems[0]?.message).toBe('The formula gives a yes/no value, but the result type is Money: change the result type or the formula.');
    expect(problems[0]?.messageZh).toBe('公式结果为是/否，但结果类型为金额，请修改结果类型或公式。');
  });

  it('names a text a labelled formula gives that no label names', () => {
    const labels = [{ id: 'frozen', label: label('Frozen') }, { id: 'normal', label: label('Normal') }];
    const status = (source: string): FieldDefinition => ({ id: 'status', type: 'formula', label: label('Status'), formula: source, resultType: 'text', options: labels });
    const flag: FieldDefinition = { id: 'frozen_flag', type: 'boolean', label: label('Frozen') };
    expect(checkFormulas(formOf([flag, status('IF(frozen_flag, "frozen", IF(frozen_flag, "", "normal"))')]))).toEqual([]);
    const problems = checkFormulas(formOf([flag, status('IF(frozen_flag, "fronzen", "normal")')]));
    expect(where(problems)).toEqual(['/fields/1/options formula.unlabelled_value']);
    expect(problems[0]?.message).toBe('The formula can give "fronzen" (column 17), which no value label names: add a label for it, or correct the formula.');
  });

  it('names a dependency cycle on each formula in it', () => {
    const form = formOf([formula('a', 'b + 1'), formula('b', 'a * 2'), formula('c', 'a')]);
    const problems = checkFormulas(form);
    expect(where(problems)).toEqual(['/fields/0/formula formula.cycle', '/fields/1/formula formula.cycle']);
    expect(problems[0]?.message).toBe('Formulas refer to each other in a cycle: a → b → a. Remove one of these references.');
  });

  it('catches a formula that reads itself', () => {
    expect(where(checkFormulas(formOf([formula('a', 'a + 1')])))).toEqual(['/fields/0/formula formula.cycle']);
  });

  it('checks row formulas against their table’s columns only', () => {
    const table: FieldDefinition = {
      id: 'statements',
      type: 'sub_table',
      label: label('Statements'),
      columns: [money('assets'), money('liabilities'), formula('ratio', 'liabilities / assets', 'percent'), formula('bad', 'annual_sales / assets')],
    };
    const form = formOf([money('annual_sales'), table, formula('total', 'SUM(statements.assets)', 'money')]);
    expect(where(checkFormulas(form))).toEqual(['/fields/1/columns/3/formula formula.unknown_field']);
  });

  it('finds cycles among row formulas', () => {
    const table: FieldDefinition = { id: 't', type: 'sub_table', label: label('T'), columns: [formula('p', 'q'), formula('q', 'p')] };
    expect(where(checkFormulas(formOf([table])))).toEqual(['/fields/0/columns/0/formula formula.cycle', '/fields/0/columns/1/formula formula.cycle']);
  });
});
