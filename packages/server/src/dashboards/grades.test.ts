import { fileURLToPath } from 'node:url';
import { formCatalog } from '@heng/engine';
import type { DashboardDefinition, FieldPath, FormDefinition, GradeBand, RuleSetDefinition, ScorecardDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { readBundleFolder } from '../bundles/templates.js';
import { graded, gradeScales, painted, scaleOf } from './grades.js';

const credit = readBundleFolder(fileURLToPath(new URL('../../../../examples/credit-management/', import.meta.url))).definitions;
const ofKind = <T>(kind: string) => credit.filter((d) => d.kind === kind) as unknown as T[];
const forms = new Map(ofKind<FormDefinition>('form').map((f) => [f.id, f]));
const rulesets = ofKind<RuleSetDefinition>('ruleset');
const scorecards = new Map(ofKind<ScorecardDefinition>('scorecard').map((s) => [s.id, s]));
const path = (form: string, field: string): FieldPath => ({ form, info: formCatalog(forms.get(form)!).get(field)! });

describe('grade fields', () => {
  const scales = gradeScales(rulesets, scorecards, forms);
  const colors = (field: string) => Object.fromEntries(scales.get(field)!.map((g) => [g.grade, g.color]));

  it('finds the field a rule fills with the scorecard\'s grade, and the scorecard\'s own grade column, with its grades best first', () => {
    expect([...scales.keys()]).toEqual(['customer.credit_grade', 'customer.grade:credit_score']);
    expect(scales.get('customer.grade:credit_score')).toEqual(scales.get('customer.credit_grade'));
    expect(colors('customer.credit_grade')).toEqual({ AAA: '#1b5e20', AA: '#2e7d32', A: '#1565c0', B: '#f9a825', D: '#c62828' });
    const reversed = new Map([...scorecards].map(([id, card]) => [id, { ...card, grades: [...card.grades].reverse() }]));
    expect(gradeScales(rulesets, reversed, forms).get('customer.credit_grade')?.map((g) => g.grade)).toEqual(['AAA', 'AA', 'A', 'B', 'D']);
  });

  it('finds the grades of the grade field, and of lookups that copy it, and of no other field', () => {
    expect(scaleOf(path('customer', 'credit_grade'), forms, scales)?.at(-1)?.color).toBe('#c62828');
    const lookup = forms.get('sales_order')!.fields.find((f) => f.type === 'lookup' && f.field === 'credit_grade')!;
    expect(scaleOf(path('sales_order', lookup.id), forms, scales)?.at(-1)?.grade).toBe('D');
    expect(scaleOf(path('customer', 'region'), forms, scales)).toBeUndefined();
  });

  it('knows no grade field without the scorecard, or when the rule writes something else (the grade column stays)', () => {
    expect(gradeScales(rulesets, new Map(), forms).size).toBe(0);
    const other = rulesets.map((r) => ({ ...r, rules: r.rules.map((rule) => ({ ...rule, actions: rule.actions.map((a) => (a.kind === 'set_field' && a.formula === 'grade' ? { ...a, formula: 'LOWER(grade)' } : a)) })) }));
    expect([...gradeScales(other, scorecards, forms).keys()]).toEqual(['customer.grade:credit_score']);
  });

  it('orders and names grades as the scorecard does, unless the dimension says its own', () => {
    const scale = scales.get('customer.credit_grade');
    const dim = { path: path('customer', 'credit_grade') };
    expect(graded(dim, scale).order).toEqual(['AAA', 'AA', 'A', 'B', 'D']);
    expect(graded(dim, scale).labels?.D).toEqual({ 'zh-CN': 'D（高风险）', en: 'D (High risk)' });
    const own = graded({ ...dim, order: ['D'], labels: { D: { en: 'Risky', 'zh-CN': '危险' } } }, scale);
    expect([own.order, own.labels?.D, own.labels?.AAA]).toEqual([['D'], { en: 'Risky', 'zh-CN': '危险' }, { 'zh-CN': 'AAA（极好）', en: 'AAA (Excellent)' }]);
    expect(graded(dim, undefined)).toBe(dim);
  });

  it('charts the template\'s grades as its scorecard has them (no C), and the A–D scale when switched to it, with no change to the dashboard', () => {
    const overview = credit.find((d) => d.kind === 'dashboard' && d.id === 'credit_overview') as unknown as DashboardDefinition;
    const byGrade = overview.charts.find((c) => c.id === 'grade_distribution')!.groupBy!;
    const dim = { ...byGrade, path: path('customer', byGrade.field) };
    expect(graded(dim, scales.get('customer.credit_grade')).order).toEqual(['AAA', 'AA', 'A', 'B', 'D']);
    const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
    const abcd: GradeBand[] = [
      { id: 'd', grade: 'D', label: t('高风险', 'High risk'), color: '#c62828', min: 0, max: 54 },
      { id: 'c', grade: 'C', label: t('一般 / 新客户', 'Average / new customer'), color: '#f9a825', min: 55, max: 69 },
      { id: 'b', grade: 'B', label: t('良好', 'Good'), color: '#1565c0', min: 70, max: 84 },
      { id: 'a', grade: 'A', label: t('优秀', 'Excellent'), color: '#2e7d32', min: 85, max: 100 },
    ];
    const switched = gradeScales(rulesets, new Map([...scorecards].map(([id, card]) => [id, { ...card, grades: abcd }])), forms);
    const chart = graded(dim, switched.get('customer.credit_grade'));
    expect(chart.order).toEqual(['A', 'B', 'C', 'D']);
    expect(chart.labels?.C).toEqual(t('C（一般 / 新客户）', 'C (Average / new customer)'));
  });

  it('paints the grades, and leaves the other values and the empty group', () => {
    const label = { en: 'x', 'zh-CN': 'x' };
    expect(painted([{ key: 'D', label }, { key: 'C', label }, { key: null, label }], scales.get('customer.credit_grade'))).toEqual([{ key: 'D', label, color: '#c62828' }, { key: 'C', label }, { key: null, label }]);
    expect(painted([{ key: 'D', label }], undefined)).toEqual([{ key: 'D', label }]);
  });
});
