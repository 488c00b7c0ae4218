import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileForm } from './compile.js';
import { customerCreditProfile, sampleCustomer } from './fixtures/customer-credit-profile.js';
import { computer } from './compute.js';
import { recordChecker } from './record-check.js';
import { formOf, label, where } from './test-kit.js';
import type { FieldDefinition } from './types.js';
import { requirement, visibility } from './visibility.js';

const fields: FieldDefinition[] = [
  { id: 'company_name', type: 'text', label: label('Company name', '企业名称'), required: true },
  { id: 'annual_sales', type: 'money', label: label('Annual sales', '年销售额'), required: true, rules: { min: 0 } },
  { id: 'total_assets', type: 'money', label: label('Total assets') },
  { id: 'total_liabilities', type: 'money', label: label('Total liabilities') },
  { id: 'debt_ratio', type: 'formula', label: label('Debt ratio'), formula: 'total_liabilities / total_assets', resultType: 'percent', decimals: 2 },
  { id: 'debt_explanation', type: 'long_text', label: label('Debt explanation'), required: true, visibleWhen: { fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 } },
  { id: 'credit_limit', type: 'money', label: label('Credit limit'), required: true, access: { salesperson: 'read' } },
  { id: 'founded_on', type: 'date', label: label('Founded on'), rules: { max: 'today' } },
];
const form = formOf(fields);
const check = recordChecker(form, computer(form), visibility(form.fields), requirement(form.fields));
const today = '2024-05-01';
const good = { company_name: '闽江机械', annual_sales: 1_000_000, credit_limit: 100_000 };

describe('recordChecker', () => {
  it('passes a good record', () => {
    expect(check(good, { today })).toEqual([]);
  });

  it('shows a field by a date-time condition on the instant, whatever offset the record was written in', () => {
    const timed = formOf([
      { id: 'signed_at', type: 'datetime', label: label('Signed at') },
      { id: 'late_reason', type: 'text', label: label('Late reason'), required: true, visibleWhen: { fact: 'signed_at', operator: 'greaterThan', value: '2024-03-01T02:00:00.000Z' } },
    ]);
    const checkTimed = compileForm(timed);
    // 09:00 in Shanghai is 01:00 UTC, before the deadline, though its text sorts after it.
    expect(checkTimed.validateRecord({ signed_at: '2024-03-01T09:00+08:00' }, { today })).toEqual([]);
    expect(where(checkTimed.validateRecord({ signed_at: '2024-03-01T11:00+08:00' }, { today }))).toEqual(['/late_reason value.required']);
    const stored = checkTimed.computeRecord({ signed_at: '2024-03-01T09:00+08:00' }, { today });
    expect(stored).toEqual({ signed_at: '2024-03-01T01:00:00.000Z' });
    expect(checkTimed.isVisible('late_reason', stored)).toBe(false);
  });

  it('refuses what is not an object', () => {
    expect(where(check([good], { today }))).toEqual([' record.type']);
    expect(where(check(null, { today }))).toEqual([' record.type']);
  });

  it('reads only the record’s own values, so ids like constructor or valueOf are absent, not Object.prototype', () => {
    const named = formOf([
      { id: 'constructor', type: 'text', label: label('Name', '名称'), required: true },
      { id: 'toString', type: 'number', label: label('Count', '数量') },
      { id: 'rows', type: 'sub_table', label: label('Rows', '行'), columns: [{ id: 'valueOf', type: 'text', label: label('Value', '值'), required: true }] },
    ]);
    const checkNamed = recordChecker(named, computer(named), visibility(named.fields), requirement(named.fields));
    expect(where(checkNamed({ rows: [{}] }, { today }))).toEqual(['/constructor value.required', '/rows/0/valueOf value.required']);
    expect(checkNamed({ constructor: 'Acme', rows: [{ valueOf: 'x' }] }, { today })).toEqual([]);
  });

  it('names unknown fields', () => {
    const problems = check({ ...good, anual_sales: 1 }, { today });
    expect(where(problems)).toEqual(['/anual_sales record.field.unknown']);
    expect(problems[0]?.message).toBe('Unknown field "anual_sales": remove it. Did you mean "annual_sales"?');
  });

  it('names the field and says how to fix a value', () => {
    const problems = check({ ...good, annual_sales: -1 }, { today });
    expect(problems.map((p) => [p.message, p.messageZh])).toEqual([['Annual sales must be at least 0: enter 0 or more.', '年销售额不能小于 0：请填写不小于 0 的值。']]);
  });

  it('requires a field only while it is shown, judging by computed formulas', () => {
    expect(check({ ...good, total_assets: 100, total_liabilities: 50 }, { today })).toEqual([]);
    expect(where(check({ ...good, total_assets: 100, total_liabilities: 80 }, { today }))).toEqual(['/debt_explanation value.required']);
  });

  it('does not ask a role for a field it cannot write', () => {
    const { credit_limit: _, ...bySales } = good;
    expect(check(bySales, { today, role: 'salesperson' })).toEqual([]);
    expect(where(check(bySales, { today, role: 'finance_director' }))).toEqual(['/credit_limit value.required']);
    expect(where(check(bySales, { today }))).toEqual(['/credit_limit value.required']);
  });

  it('counts empty text as missing', () => {
    expect(where(check({ ...good, company_name: '' }, { today }))).toEqual(['/company_name value.required']);
  });

  it('accepts formula values equal to the computed ones, and refuses others', () => {
    const filled = { ...good, total_assets: 100, total_liabilities: 50 };
    expect(check({ ...filled, debt_ratio: 0.5 }, { today })).toEqual([]);
    const problems = check({ ...filled, debt_ratio: 0.2 }, { today });
    expect(where(problems)).toEqual(['/debt_ratio value.computed']);
  });

  it('checks date rules against the caller’s today', () => {
    expect(check({ ...good, founded_on: '2024-05-01' }, { today })).toEqual([]);
    expect(where(check({ ...good, founded_on: '2024-05-02' }, { today }))).toEqual(['/founded_on value.max']);
  });

  describe('a field required by a condition', () => {
    const news = formOf([
      { id: 'negative_news', type: 'boolean', label: label('Negative news', '存在负面舆情') },
      { id: 'watched', type: 'boolean', label: label('Watched', '重点关注') },
      { id: 'news_notes', type: 'long_text', label: label('News notes', '舆情说明'), requiredWhen: { fact: 'negative_news', operator: 'equal', value: true }, access: { salesperson: 'read' } },
      { id: 'watch_reason', type: 'text', label: label('Watch reason'), visibleWhen: { fact: 'watched', operator: 'equal', value: true }, requiredWhen: { fact: 'negative_news', operator: 'equal', value: true } },
    ]);
    const checkNews = compileForm(news).validateRecord;

    it('is required while the condition holds, the message naming the field the condition reads', () => {
      const problems = checkNews({ negative_news: true }, { today });
      expect(problems).toEqual([
        {
          path: '/news_notes',
          code: 'value.required',
          message: 'News notes is required because of the value of Negative news: fill it in.',
          messageZh: '根据存在负面舆情的取值，舆情说明为必填项，请填写。',
        },
      ]);
      expect(checkNews({ negative_news: true, news_notes: '媒体报道拖欠货款' }, { today })).toEqual([]);
    });

    it('is not required when the condition does not hold, nor of a role that cannot write it', () => {
      expect(checkNews({ negative_news: false }, { today })).toEqual([]);
      expect(checkNews({}, { today })).toEqual([]);
      expect(checkNews({ negative_news: true }, { today, role: 'salesperson' })).toEqual([]);
    });

    it('is never required while hidden', () => {
      expect(where(checkNews({ negative_news: true, news_notes: 'x', watched: false }, { today }))).toEqual([]);
      expect(where(checkNews({ negative_news: true, news_notes: 'x', watched: true }, { today }))).toEqual(['/watch_reason value.required']);
    });
  });

  it('still checks the values of hidden fields', () => {
    expect(where(check({ ...good, debt_explanation: 42 }, { today }))).toEqual(['/debt_explanation value.type']);
  });
  it('reports the problems of a huge sub-table without overflowing the stack', () => {
    const big = formOf([{ id: 'rows', type: 'sub_table', label: label('Rows', '行'), columns: [{ id: 'a', type: 'number', label: label('A'), required: true }] }]);
    const checkBig = recordChecker(big, computer(big), visibility(big.fields), requirement(big.fields));
    expect(checkBig({ rows: Array.from({ length: 300_000 }, () => ({})) }, { today })).toHaveLength(300_000);
  });

  it('never throws on any record, for any role, and every problem is said in both languages', () => {
    const profile = compileForm(customerCreditProfile);
    const keys = [...customerCreditProfile.fields.map((f) => f.id), 'constructor', 'toString', '__proto__'];
    const odd = fc.constantFrom(null, Number.NaN, Infinity, -0, Number.MAX_VALUE, 5e-324, 1e13 + 0.01, '2024-02-30', '0000-01-01', '2024-01-01T25:00+08:00', '', [], [{}], [null], [{ id: 1 }]);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.anything({ maxDepth: 3 }), odd)), fc.boolean(), (patch, onSample) => {
        const record = onSample ? { ...sampleCustomer, ...patch } : patch;
        for (const role of [undefined, 'salesperson', ['salesperson', 'admin']]) {
          for (const p of profile.validateRecord(record, { today, ...(role === undefined ? {} : { role }) })) expect(p.message !== '' && p.messageZh !== '').toBe(true);
        }
        profile.computeRecord(record, { today });
        profile.checkWrite(sampleCustomer, record, 'salesperson');
      }),
      { numRuns: 1000 },
    );
  });
});
