import { compileForm, customerCreditProfile, formCatalog } from '@heng/engine';
import type { ScorecardDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { listQueryString } from './list-query.js';
import { filterOps, scoreFilters, scoreColumns, scorecardsShown, shownColumns } from './score-columns.js';

const card = (id: string): ScorecardDefinition => ({ id, form: 'customer_credit_profile', grades: [{ grade: 'A' }, { grade: 'B' }] }) as unknown as ScorecardDefinition;
const scores = scoreColumns([card('credit_score'), card('risk_score')]);
const ids = (columns: readonly { id: string }[]) => columns.map((c) => c.id);

describe('score columns', () => {
  it('offers each scorecard\'s score and grade', () => {
    expect(scores.map((c) => [c.id, c.part, c.card.id])).toEqual([
      ['score:credit_score', 'score', 'credit_score'],
      ['grade:credit_score', 'grade', 'credit_score'],
      ['score:risk_score', 'score', 'risk_score'],
      ['grade:risk_score', 'grade', 'risk_score'],
    ]);
  });

  it('shows the picked fields and score columns in their order, less hidden fields and gone scorecards', () => {
    const finance = compileForm(customerCreditProfile).accessFor(['finance_director']);
    const sales = { ...finance, credit_limit: 'hidden' as const };
    const chosen = ['grade:credit_score', 'company_name', 'credit_limit', 'score:gone', 'score:credit_score'];
    expect(ids(shownColumns(customerCreditProfile, finance, scores, chosen))).toEqual(['grade:credit_score', 'company_name', 'credit_limit', 'score:credit_score']);
    expect(ids(shownColumns(customerCreditProfile, sales, scores, chosen))).toEqual(['grade:credit_score', 'company_name', 'score:credit_score']);
    expect(ids(shownColumns(customerCreditProfile, sales, scores, ['grade:risk_score']))).toEqual(['grade:risk_score']);
    // Nothing picked is left (a scorecard no longer published): the form's own columns.
    const fields = ids(shownColumns(customerCreditProfile, sales, []));
    expect(fields.some((id) => id.includes(':'))).toBe(false);
    expect(ids(shownColumns(customerCreditProfile, sales, [], ['grade:credit_score']))).toEqual(fields);
    // A form naming no list columns shows the grade of each of its scorecards after its fields; one naming them, those alone.
    expect(ids(shownColumns(customerCreditProfile, sales, scores))).toEqual([...fields, 'grade:credit_score', 'grade:risk_score']);
    expect(ids(shownColumns({ ...customerCreditProfile, listColumns: ['company_name'] }, sales, scores))).toEqual(['company_name']);
  });

  it('asks the list for the scores of the scorecards shown, once each', () => {
    const access = compileForm(customerCreditProfile).accessFor(['admin']);
    const columns = shownColumns(customerCreditProfile, access, scores, ['score:credit_score', 'company_name', 'grade:credit_score', 'grade:risk_score']);
    expect(scorecardsShown(columns)).toEqual(['credit_score', 'risk_score']);
    expect(listQueryString({ filters: [], sort: '-grade:credit_score', scores: scorecardsShown(columns) })).toBe('?sort=-grade%3Acredit_score&scores=credit_score%2Crisk_score');
    expect(listQueryString({ filters: [], scores: [] })).toBe('');
  });

  it('offers each score as a number filter and each grade with the scorecard\'s grades, on the operators the API takes', () => {
    const [score, grade, ...rest] = scoreFilters(scores);
    expect([score, grade]).toEqual([
      { id: 'score:credit_score', type: 'number', kind: 'number' },
      { id: 'grade:credit_score', type: 'single_select', kind: 'text', options: ['A', 'B'] },
    ]);
    expect(rest.map((f) => f.id)).toEqual(['score:risk_score', 'grade:risk_score']);
    expect(filterOps(score!)).toEqual(['gte', 'lte', 'gt', 'lt', 'eq']);
    expect(filterOps(grade!)).toEqual(['eq', 'ne', 'in']);
    expect(listQueryString({ filters: [{ field: 'score:credit_score', op: 'gte', value: 60 }] })).toBe('?filter%5Bscore%3Acredit_score%5D%5Bgte%5D=60');
  });

  it('offers a select only its options, a plain text its part and ranges, a date its comparisons', () => {
    const catalog = formCatalog(customerCreditProfile);
    expect(filterOps(catalog.get('industry')!)).toEqual(['eq', 'ne', 'in', 'empty', 'filled']);
    expect(filterOps(catalog.get('company_name')!)).toContain('contains');
    expect(filterOps({ id: 'due_date', type: 'date', kind: 'date' })).toEqual(expect.arrayContaining(['gt', 'gte', 'lt', 'lte']));
  });
});
