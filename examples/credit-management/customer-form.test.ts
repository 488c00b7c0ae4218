import { describe, expect, it } from 'vitest';
import { compileForm } from '@heng/engine';
import { customer, goodWholesaler, negativeNews } from './samples.js';
import { form, TODAY } from './test-kit.js';

const profile = compileForm(form('customer'));
const wholesaler = customer(goodWholesaler);
const problems = (values: Readonly<Record<string, unknown>>, role: string) => profile.validateRecord({ ...wholesaler, ...values }, { today: TODAY, role }).map((p) => `${p.path} ${p.messageZh}`);

describe('the customer form', () => {
  it('asks risk, not a salesperson, for news notes once negative news is set, naming the flag', () => {
    expect(problems({ negative_news: false }, 'risk_officer')).toEqual([]);
    expect(problems({ negative_news: true }, 'risk_officer')).toEqual(['/news_notes 根据存在负面舆情的取值，舆情说明为必填项，请填写。']);
    expect(problems(negativeNews, 'risk_officer')).toEqual([]);
    // A salesperson may only read them, so is not asked.
    expect(problems({ negative_news: true }, 'salesperson')).toEqual([]);
  });
});
