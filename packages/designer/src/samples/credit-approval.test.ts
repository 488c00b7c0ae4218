import { compileFlow, emptyContext, formCatalog, simulateRoute, validateFlow, validateForm } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import type { Directory } from '@heng/engine';
import { creditApplication, creditApproval, flowRoles } from './credit-approval.js';

/** Who holds each role: li (salesperson) → sun → wang (sales director) → boss. */
const sampleDirectory: Directory = {
  roles: { salesperson: ['li', 'zhou'], sales_manager: ['sun'], sales_director: ['wang'], risk_officer: ['zhao'], finance_director: ['qian'], legal: ['chen'], boss: ['boss'] },
  managers: { li: 'sun', zhou: 'sun', sun: 'wang', wang: 'boss' },
  admins: ['admin'],
};

const ctx = { ...emptyContext(), forms: new Map([['credit_application', formCatalog(creditApplication)]]), roles: new Set(flowRoles) };

describe('credit approval sample', () => {
  it('is a valid flow on a valid credit application form', () => {
    expect(validateForm(creditApplication, ctx)).toEqual([]);
    expect(validateFlow(creditApproval, ctx)).toEqual([]);
  });

  it('routes grade C to the countersign and grade A / 400,000 to the sales director alone', () => {
    const route = (grade: string, amount: number) => simulateRoute(compileFlow(creditApproval), { grade, amount, salesperson: 'zhou' }, sampleDirectory, 'li');
    expect(route('C', 800000).nodeIds).toEqual(['route', 'risk_finance', 'cc_sales']);
    expect(route('A', 400000).nodeIds).toEqual(['route', 'director_only', 'cc_sales']);
    expect(route('B', 100000).nodeIds).toEqual(['route', 'director_first', 'finance_second', 'cc_sales']);
  });
});
