import { describe, expect, it } from 'vitest';
import { fieldWrites, fired, runRules, stored } from './test-kit.js';

// A receivable's due date defaults to its issue date plus the customer's payment terms (the terms
// its credit grade gave, copied onto the receivable when it is recorded); a date typed in is kept.
const receivable = (values: Readonly<Record<string, unknown>>) =>
  stored('receivable', { invoice_no: 'INV-2025-0630', customer: 'cust_0042', salesperson: 'zhou', amount: 86_000, issued_on: '2025-06-30', ...values });

describe('the due date by the payment terms', () => {
  it('left empty: the issue date plus the customer’s terms', async () => {
    // 30 June + 45 days (grade A) = 14 August; + 90 days (AAA) = 28 September.
    expect(fieldWrites(await runRules('due_date_default', receivable({ customer_terms: 45 })))).toEqual({ due_date: '2025-08-14' });
    expect(fieldWrites(await runRules('due_date_default', receivable({ customer_terms: 90 })))).toEqual({ due_date: '2025-09-28' });
  });

  it('a customer without terms (grade D: 0 days, or none set) is due the day it is invoiced', async () => {
    expect(fieldWrites(await runRules('due_date_default', receivable({ customer_terms: 0 })))).toEqual({ due_date: '2025-06-30' });
    expect(fieldWrites(await runRules('due_date_default', receivable({})))).toEqual({ due_date: '2025-06-30' });
  });

  it('a due date typed in is kept, shorter or longer than the terms', async () => {
    expect(fired(await runRules('due_date_default', receivable({ customer_terms: 45, due_date: '2025-07-15' })))).toEqual([]);
    expect(fired(await runRules('due_date_default', receivable({ customer_terms: 45, due_date: '2025-06-30' })))).toEqual([]);
  });
});
