import { validateForm } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { customerCreditProfile as form, sampleContext } from '../samples/index.js';
import { fieldAt, removeField } from './form-fields.js';
import { patchField } from './form-props.js';
import { fieldUsages, idProblem, renameField } from './form-references.js';

const formulaOf = (d: FormDefinition, id: string, table?: string) => {
  const f = fieldAt(d, table === undefined ? { id } : { id, table });
  return f?.type === 'formula' ? f.formula : undefined;
};

/** The sample with a form formula over a sub-table column, to rename columns against. */
const withTotal = (() => {
  const total = { id: 'assets_sum', type: 'formula', label: { 'zh-CN': '资产合计', en: 'Assets total' }, formula: 'SUM(statements.assets) + total_assets', resultType: 'money' } as const;
  return { ...form, fields: [...form.fields, total], sections: form.sections.map((s) => (s.id === 'financials' ? { ...s, fields: [...s.fields, total.id] } : s)) };
})();

describe('fieldUsages', () => {
  it('lists the formulas and visibility conditions naming a field', () => {
    expect(fieldUsages(form, { id: 'total_assets' })).toEqual([
      { by: { id: 'equity' }, where: 'formula' },
      { by: { id: 'debt_ratio' }, where: 'formula' },
    ]);
    expect(fieldUsages(form, { id: 'lawsuits_pending' })).toEqual([{ by: { id: 'lawsuit_details' }, where: 'visibleWhen' }]);
    expect(fieldUsages(form, { id: 'company_name' })).toEqual([]);
  });

  it('lists a column named by its sibling columns and by form formulas as table.column', () => {
    expect(fieldUsages(withTotal, { id: 'assets', table: 'statements' })).toEqual([
      { by: { id: 'assets_sum' }, where: 'formula' },
      { by: { id: 'debt_ratio', table: 'statements' }, where: 'formula' },
    ]);
    expect(fieldUsages(withTotal, { id: 'statements' })).toEqual([{ by: { id: 'assets_sum' }, where: 'formula' }]);
  });

  it('finds what validation then flags when the field is removed', () => {
    const paths = validateForm(removeField(form, { id: 'total_assets' }), sampleContext()).map((p) => p.path);
    expect(paths).toEqual(['/fields/15/formula', '/fields/16/formula']);
  });
});

describe('idProblem', () => {
  it('refuses ids that are not ids or belong to another field', () => {
    expect(idProblem(form, { id: 'region' }, 'area')).toBeUndefined();
    expect(idProblem(form, { id: 'region' }, 'region')).toBeUndefined();
    expect(idProblem(form, { id: 'region' }, '1area')).toBe('invalid');
    expect(idProblem(form, { id: 'region' }, 'industry')).toBe('taken');
    expect(idProblem(form, { id: 'name', table: 'contacts' }, 'industry')).toBeUndefined();
    expect(idProblem(form, { id: 'name', table: 'contacts' }, 'phone')).toBe('taken');
  });
});

describe('renameField', () => {
  it('renames a field in its section, formulas and conditions, and the form stays valid', () => {
    const next = renameField(form, { id: 'total_assets' }, 'assets_total');
    expect(formulaOf(next, 'equity')).toBe('assets_total - total_liabilities');
    expect(formulaOf(next, 'debt_ratio')).toBe('total_liabilities / assets_total');
    expect(next.sections[1]?.fields).toContain('assets_total');
    expect(validateForm(next, sampleContext())).toEqual([]);
    const shown = renameField(form, { id: 'lawsuits_pending' }, 'has_lawsuits');
    expect(fieldAt(shown, { id: 'lawsuit_details' })?.visibleWhen).toEqual({ fact: 'has_lawsuits', operator: 'equal', value: true });
  });

  it('renames a user field in the row access rules that name it, and the form stays valid', () => {
    const owned: FormDefinition = { ...form, rowAccess: [{ role: 'salesperson', field: 'account_manager' }] };
    const next = renameField(owned, { id: 'account_manager' }, 'owner');
    expect(next.rowAccess).toEqual([{ role: 'salesperson', field: 'owner' }]);
    expect(validateForm(next, sampleContext())).toEqual([]);
  });

  it('finds and renames a field in the reference filters that compare with it', () => {
    const payment = {
      ...form,
      fields: [
        { id: 'customer', type: 'reference', target: 'customer', label: { 'zh-CN': '客户', en: 'Customer' } },
        { id: 'receivable', type: 'reference', target: 'receivable', label: { 'zh-CN': '应收', en: 'Receivable' }, filter: [{ field: 'customer', sameAs: 'customer' }, { field: 'status', operator: 'equal', value: 'open' }] },
      ],
      sections: [{ id: 'main', label: { 'zh-CN': '主', en: 'Main' }, columns: 2, fields: ['customer', 'receivable'] }],
    } as FormDefinition;
    expect(fieldUsages(payment, { id: 'customer' })).toEqual([{ by: { id: 'receivable' }, where: 'filter' }]);
    const next = renameField(payment, { id: 'customer' }, 'payer');
    const receivable = fieldAt(next, { id: 'receivable' });
    // The target's field keeps its name: only this form's field was renamed.
    expect(receivable?.type === 'reference' ? receivable.filter : undefined).toEqual([{ field: 'customer', sameAs: 'payer' }, { field: 'status', operator: 'equal', value: 'open' }]);
  });

  it('finds and renames a field in the conditions that make others required', () => {
    const def = patchField(form, { id: 'risk_notes' }, { requiredWhen: { fact: 'lawsuits_pending', operator: 'equal', value: true } });
    expect(fieldUsages(def, { id: 'lawsuits_pending' })).toEqual([
      { by: { id: 'lawsuit_details' }, where: 'visibleWhen' },
      { by: { id: 'risk_notes' }, where: 'requiredWhen' },
    ]);
    const next = renameField(def, { id: 'lawsuits_pending' }, 'has_lawsuits');
    expect(fieldAt(next, { id: 'risk_notes' })?.requiredWhen).toEqual({ fact: 'has_lawsuits', operator: 'equal', value: true });
    expect(validateForm(next, sampleContext())).toEqual([]);
  });

  it('finds and renames a field in the auto number dated by it', () => {
    const numbered = { id: 'customer_no', type: 'serial', label: { 'zh-CN': '客户编号', en: 'Customer number' }, parts: [{ type: 'date', format: 'yyyy' }, { type: 'sequence', digits: 4, reset: 'yearly' }], dateField: 'founded_on' } as const;
    const def = { ...form, fields: [...form.fields, numbered], sections: form.sections.map((s, i) => (i === 0 ? { ...s, fields: [...s.fields, numbered.id] } : s)) };
    expect(fieldUsages(def, { id: 'founded_on' })).toContainEqual({ by: { id: 'customer_no' }, where: 'serialDate' });
    const next = renameField(def, { id: 'founded_on' }, 'established_on');
    expect(fieldAt(next, { id: 'customer_no' })).toMatchObject({ dateField: 'established_on' });
    expect(validateForm(next, sampleContext())).toEqual([]);
  });

  it('renames fact-valued comparisons too', () => {
    const def = patchField(form, { id: 'risk_notes' }, { visibleWhen: { fact: 'order_amount', operator: 'greaterThan', value: { fact: 'credit_limit' } } });
    const next = renameField(def, { id: 'credit_limit' }, 'limit');
    expect(fieldAt(next, { id: 'risk_notes' })?.visibleWhen).toEqual({ fact: 'order_amount', operator: 'greaterThan', value: { fact: 'limit' } });
  });

  it('renames a table in table.column names, and a column in its siblings and in form formulas', () => {
    const table = renameField(withTotal, { id: 'statements' }, 'yearly');
    expect(formulaOf(table, 'assets_sum')).toBe('SUM(yearly.assets) + total_assets');
    const column = renameField(withTotal, { id: 'assets', table: 'statements' }, 'total');
    expect(formulaOf(column, 'assets_sum')).toBe('SUM(statements.total) + total_assets');
    expect(formulaOf(column, 'debt_ratio', 'statements')).toBe('liabilities / total');
    expect(validateForm(column, sampleContext())).toEqual([]);
  });

  it('leaves formulas that do not parse, and refuses ids that are taken or invalid', () => {
    const broken = patchField(form, { id: 'equity' }, { formula: 'total_assets - (' });
    expect(formulaOf(renameField(broken, { id: 'total_assets' }, 'assets'), 'equity')).toBe('total_assets - (');
    expect(renameField(form, { id: 'region' }, 'industry')).toBe(form);
    expect(renameField(form, { id: 'region' }, '9')).toBe(form);
    expect(renameField(form, { id: 'nope' }, 'fine')).toBe(form);
  });
});
