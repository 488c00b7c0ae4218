import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { askedReferences, prefillValues } from './prefill.js';
import type { NamedRecord } from './prefill.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const form = (id: string, fields: readonly object[]) => ({ kind: 'form', id, name: t(id), fields, sections: [] }) as unknown as FormDefinition;
const receivable = form('receivable', [
  { id: 'invoice_no', type: 'text', label: t('Invoice') },
  { id: 'customer', type: 'reference', label: t('Customer'), target: 'customer' },
  { id: 'order', type: 'reference', label: t('Order'), target: 'sales_order' },
]);
const payment = form('payment', [
  { id: 'customer', type: 'reference', label: t('Customer'), target: 'customer' },
  { id: 'receivable', type: 'reference', label: t('Receivable'), target: 'receivable' },
  { id: 'amount', type: 'money', label: t('Amount') },
  { id: 'auditor', type: 'reference', label: t('Audited order'), target: 'sales_order', access: { salesperson: 'read' } },
]);
const [customerRef, receivableRef] = payment.fields as readonly NamedRecord['asked']['field'][];
const fromReceivable = (data: Record<string, unknown>): NamedRecord => ({ asked: { field: receivableRef!, id: 'r1' }, form: receivable, data });

describe('the references a new record’s address asks for', () => {
  it('takes the reference fields the user may write, with an id', () => {
    const search = new URLSearchParams('receivable=r1&customer=&amount=5&nope=x&auditor=o1');
    expect(askedReferences(payment, ['salesperson'], search)).toEqual([{ field: receivableRef, id: 'r1' }]);
    expect(askedReferences(payment, ['finance_director'], search).map((a) => a.field.id)).toEqual(['receivable', 'auditor']);
  });

  it('asks for nothing on a plain new record', () => {
    expect(askedReferences(payment, [], new URLSearchParams())).toEqual([]);
  });
});

describe('the values a new record starts from', () => {
  it('fills the reference named, and the others the named record holds to the same forms', () => {
    expect(prefillValues(payment, ['finance_director'], [fromReceivable({ customer: 'c1', order: 'o1' })])).toEqual({ receivable: 'r1', customer: 'c1', auditor: 'o1' });
  });

  it('fills no reference the user may not write, or that the record does not hold', () => {
    expect(prefillValues(payment, ['salesperson'], [fromReceivable({ customer: 'c1', order: 'o1' })])).toEqual({ receivable: 'r1', customer: 'c1' });
    expect(prefillValues(payment, ['salesperson'], [fromReceivable({ customer: '' })])).toEqual({ receivable: 'r1' });
  });

  it('keeps a reference the address names over one a named record holds', () => {
    const named = [{ asked: { field: customerRef!, id: 'c2' }, form: form('customer', []), data: {} }, fromReceivable({ customer: 'c1' })];
    expect(prefillValues(payment, [], named)).toEqual({ customer: 'c2', receivable: 'r1' });
  });

  it('does not guess between two references of the named record to the same form', () => {
    const twoCustomers = form('receivable', [...receivable.fields, { id: 'payer', type: 'reference', label: t('Payer'), target: 'customer' }]);
    expect(prefillValues(payment, [], [{ ...fromReceivable({ customer: 'c1', payer: 'c3' }), form: twoCustomers }])).toEqual({ receivable: 'r1' });
  });

  it('starts empty when nothing was named (or could be read)', () => {
    expect(prefillValues(payment, [], [])).toEqual({});
  });
});
