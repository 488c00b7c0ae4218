import { formCatalog } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { creditScorecard, customerCreditProfile as form } from '../samples/index.js';
import { fieldChoices, fieldLabel, optionLabel } from './fields.js';

const catalog = formCatalog(form);

describe('fields for the editor', () => {
  it('labels fields and score facts per language', () => {
    expect(fieldLabel(form, 'debt_ratio', 'zh-CN')).toBe('资产负债率');
    expect(fieldLabel(form, 'debt_ratio', 'en')).toBe('Debt ratio');
    expect(fieldLabel(form, 'score', 'zh-CN')).toBe('总分');
    expect(fieldLabel(form, 'nope', 'en')).toBe('nope');
  });

  it('offers the fields of the kinds a method takes, in form order', () => {
    const choices = fieldChoices(form, catalog, ['boolean'], 'en');
    expect(choices.map((c) => [c.info.id, c.label])).toEqual([
      ['lawsuits_pending', 'Lawsuits pending'],
      ['abnormal_operation', 'Listed for abnormal operation'],
    ]);
    expect(fieldChoices(form, catalog, ['number', 'table'], 'en').map((c) => c.info.id)).not.toContain('statements');
  });

  it('labels options and grades', () => {
    expect(optionLabel(form, 'industry', 'steel', 'zh-CN')).toBe('钢铁');
    expect(optionLabel(form, 'grade', 'C', 'en', creditScorecard.grades)).toBe('C · Average');
    expect(optionLabel(form, 'industry', 'mining', 'en')).toBe('mining');
  });

  it('labels the values of a labelled text formula', () => {
    const status = { id: 'status', type: 'formula', label: { en: 'Status', 'zh-CN': '状态' }, formula: '"frozen"', resultType: 'text', options: [{ id: 'frozen', label: { en: 'Frozen', 'zh-CN': '冻结' } }] } as const;
    expect(optionLabel({ ...form, fields: [...form.fields, status] }, 'status', 'frozen', 'zh-CN')).toBe('冻结');
  });
});
