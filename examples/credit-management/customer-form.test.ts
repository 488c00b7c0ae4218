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

describe('who may change what the grade and the limit rest on (DOMAIN.md §4, §9)', () => {
  const refused = (role: string, changes: Readonly<Record<string, unknown>>) => profile.checkWrite(wholesaler, { ...wholesaler, ...changes }, role).map((p) => p.path);
  const ROLES = ['salesperson', 'sales_manager', 'sales_director', 'risk_officer', 'finance_director', 'legal', 'admin'];
  const whoMay = (changes: Readonly<Record<string, unknown>>) => ROLES.filter((r) => refused(r, changes).length === 0);

  // Back-dating the start of cooperation ends the trial limit; richer financials or a better
  // enterprise type, industry or region raise the score and the limit.
  const inputs = {
    cooperation_since: '2015-01-01', annual_sales: 500_000_000, total_assets: 90_000_000, total_liabilities: 9_000_000, current_ratio: 2.5,
    founded_on: '1995-01-01', enterprise_type: 'state_owned', industry: 'technology', region: 'southwest',
  };

  it('the limit, terms and grade: only the admin by hand; otherwise the approved credit application and the rating rules write them', () => {
    expect(whoMay({ credit_limit: 5_000_000 })).toEqual(['admin']);
    expect(whoMay({ payment_terms_days: 90 })).toEqual(['admin']);
    expect(whoMay({ credit_grade: 'AAA', credit_score: 820 })).toEqual(['admin']);
  });

  it('blacklisting: the risk officer and the finance director (and the admin)', () => {
    expect(whoMay({ blacklisted: true, blacklist_reason: '恶意拖欠货款' })).toEqual(['risk_officer', 'finance_director', 'admin']);
  });

  it('what the score and the limit rest on: risk and finance (and the admin); sales may read it, not change it', () => {
    for (const [field, value] of Object.entries(inputs)) expect([field, whoMay({ [field]: value })]).toEqual([field, ['risk_officer', 'finance_director', 'admin']]);
    expect(refused('salesperson', inputs).sort()).toEqual(Object.keys(inputs).map((f) => `/${f}`).sort());
    expect(profile.accessFor('salesperson')).toMatchObject({ cooperation_since: 'read', annual_sales: 'read', credit_limit: 'read' });
  });

  it('a salesperson still keeps the contacts and registration details', () => {
    expect(refused('salesperson', { legal_representative: '王海', contacts: [{ id: 'c2', name: '周航', title: '采购经理', phone: '13900139000', primary: true }] })).toEqual([]);
  });
});
