import { describe, expect, it } from 'vitest';
import { emptyContext } from '../core/context.js';
import { customerCreditProfile } from './fixtures/customer-credit-profile.js';
import { checkSummaryFields } from './summary-fields.js';
import { validateForm } from './validate.js';

describe('summary fields', () => {
  it('name fields of the form that fit the summary, with the likely spelling, in both languages', () => {
    const wide = customerCreditProfile.fields.find((f) => f.type === 'sub_table')!;
    const form = { ...customerCreditProfile, summaryFields: ['credit_limit', 'credit_limt', wide.id] };
    const problems = checkSummaryFields(form);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/summaryFields/1 form.summary_field.unknown', '/summaryFields/2 form.summary_field.wide']);
    expect(problems[0]?.message).toContain('Did you mean "credit_limit"?');
    expect(problems[1]?.messageZh).toContain('不能作为摘要字段（可在下方记录详情中查看），请改选其他字段。');
    expect(problems[1]?.messageZh).not.toMatch(/long_text|sub_table/);
    expect(validateForm(form, emptyContext()).map((p) => p.path)).toEqual(expect.arrayContaining(['/summaryFields/1', '/summaryFields/2']));
  });

  it('are accepted when they are the form’s fields', () => {
    expect(validateForm({ ...customerCreditProfile, summaryFields: ['credit_limit', 'company_name'] }, emptyContext()).filter((p) => p.path.startsWith('/summaryFields'))).toEqual([]);
  });

  it('are refused twice, more than eight, or as something other than ids, by the schema', () => {
    const paths = (summaryFields: unknown) => validateForm({ ...customerCreditProfile, summaryFields }, emptyContext()).map((p) => p.path);
    expect(paths(['company_name', 'company_name'])).toContain('/summaryFields');
    expect(paths('company_name')).toContain('/summaryFields');
    expect(paths(customerCreditProfile.fields.slice(0, 9).map((f) => f.id))).toContain('/summaryFields');
  });
});
