import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { ambiguous, linksTo, mayStart } from './links.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const form = (id: string, fields: readonly object[]) => ({ kind: 'form', id, name: t(id), fields, sections: [] }) as unknown as FormDefinition;
const customer = form('customer', [{ id: 'company_name', type: 'text', label: t('Name') }]);
const application = form('credit_application', [
  { id: 'customer', type: 'reference', label: t('Customer'), target: 'customer' },
  { id: 'approved_amount', type: 'money', label: t('Approved'), access: { salesperson: 'read' } },
]);
const transfer = form('transfer', [
  { id: 'from_customer', type: 'reference', label: t('From'), target: 'customer', access: { salesperson: 'read', finance_director: 'write' } },
  { id: 'to_customer', type: 'reference', label: t('To'), target: 'customer', access: { legal: 'hidden' } },
  { id: 'order', type: 'reference', label: t('Order'), target: 'sales_order' },
]);

describe('links between forms', () => {
  it('finds every reference field pointing at a form, in the forms’ order', () => {
    const links = linksTo([customer, application, transfer], 'customer');
    expect(links.map((l) => `${l.form.id}.${l.via.id}`)).toEqual(['credit_application.customer', 'transfer.from_customer', 'transfer.to_customer']);
    expect(linksTo([customer, application], 'sales_order')).toEqual([]);
  });

  it('lets a user start a record through a reference field they may write', () => {
    const [apply, from, to] = linksTo([application, transfer], 'customer');
    expect(mayStart(apply!, ['salesperson'])).toBe(true);
    expect(mayStart(from!, ['salesperson'])).toBe(false);
    expect(mayStart(from!, ['salesperson', 'finance_director'])).toBe(true);
    expect(mayStart(to!, ['legal'])).toBe(false);
  });

  it('offers no start of a form whose records the user’s roles may not create', () => {
    const [byFinance] = linksTo([{ ...application, permissions: { create: ['finance_director'] } }], 'customer');
    expect(mayStart(byFinance!, ['salesperson'])).toBe(false);
    expect(mayStart(byFinance!, ['salesperson', 'finance_director'])).toBe(true);
  });

  it('offers no start through a filter the record fails on its set values (no payment from a paid receivable)', () => {
    const payment = form('payment', [
      { id: 'customer', type: 'reference', label: t('Customer'), target: 'customer' },
      { id: 'receivable', type: 'reference', label: t('Receivable'), target: 'receivable', filter: [{ field: 'customer', sameAs: 'customer' }, { field: 'status', operator: 'equal', value: 'open' }] },
    ]);
    const [link] = linksTo([payment], 'receivable');
    expect(mayStart(link!, ['finance_director'], { customer: 'c1', status: 'open' })).toBe(true);
    expect(mayStart(link!, ['finance_director'], { customer: 'c1', status: 'paid' })).toBe(false);
    expect(mayStart(link!, ['finance_director'])).toBe(true);
  });

  it('names the field when a form points at the same form twice', () => {
    const [apply, from] = linksTo([application, transfer], 'customer');
    expect(ambiguous(apply!)).toBe(false);
    expect(ambiguous(from!)).toBe(true);
  });
});
