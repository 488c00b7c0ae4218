import { fileURLToPath } from 'node:url';
import { formCatalog } from '@heng/engine';
import type { FieldPath, FormDefinition, RuleSetDefinition, ScorecardDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { readBundleFolder } from '../bundles/templates.js';
import { colorsOf, gradeColors, painted } from './grade-colors.js';

const credit = readBundleFolder(fileURLToPath(new URL('../../../../examples/credit-management/', import.meta.url))).definitions;
const ofKind = <T>(kind: string) => credit.filter((d) => d.kind === kind) as unknown as T[];
const forms = new Map(ofKind<FormDefinition>('form').map((f) => [f.id, f]));
const rulesets = ofKind<RuleSetDefinition>('ruleset');
const scorecards = new Map(ofKind<ScorecardDefinition>('scorecard').map((s) => [s.id, s]));
const path = (form: string, field: string): FieldPath => ({ form, info: formCatalog(forms.get(form)!).get(field)! });

describe('grade colours', () => {
  const colors = gradeColors(rulesets, scorecards, forms);

  it('finds the field a rule fills with the scorecard\'s grade, coloured as the scorecard\'s grades', () => {
    expect([...colors.keys()]).toEqual(['customer.credit_grade']);
    expect(Object.fromEntries(colors.get('customer.credit_grade')!)).toEqual({ AAA: '#1b5e20', AA: '#2e7d32', A: '#1565c0', B: '#f9a825', D: '#c62828' });
  });

  it('colours the grade field, and lookups that copy it, and no other field', () => {
    expect(colorsOf(path('customer', 'credit_grade'), forms, colors)?.get('D')).toBe('#c62828');
    const lookup = forms.get('sales_order')!.fields.find((f) => f.type === 'lookup' && f.field === 'credit_grade')!;
    expect(colorsOf(path('sales_order', lookup.id), forms, colors)?.get('D')).toBe('#c62828');
    expect(colorsOf(path('customer', 'region'), forms, colors)).toBeUndefined();
  });

  it('knows no grade field without the scorecard, or when the rule writes something else', () => {
    expect(gradeColors(rulesets, new Map(), forms).size).toBe(0);
    const other = rulesets.map((r) => ({ ...r, rules: r.rules.map((rule) => ({ ...rule, actions: rule.actions.map((a) => (a.kind === 'set_field' && a.formula === 'grade' ? { ...a, formula: 'LOWER(grade)' } : a)) })) }));
    expect(gradeColors(other, scorecards, forms).size).toBe(0);
  });

  it('paints the values that have a colour, and leaves the others and the empty group', () => {
    const label = { en: 'x', 'zh-CN': 'x' };
    expect(painted([{ key: 'D', label }, { key: 'C', label }, { key: null, label }], colors.get('customer.credit_grade'))).toEqual([{ key: 'D', label, color: '#c62828' }, { key: 'C', label }, { key: null, label }]);
    expect(painted([{ key: 'D', label }], undefined)).toEqual([{ key: 'D', label }]);
  });
});
