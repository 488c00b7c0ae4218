import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { writtenForm } from './written-form.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const formOf = (id: string, fields: FormDefinition['fields']): FormDefinition =>
  ({ kind: 'form', id, name: t(id), fields, sections: [{ id: 'main', label: t('Main'), columns: 2, fields: fields.map((f) => f.id) }] });
const customer = formOf('customer', [{ id: 'credit_limit', type: 'money', label: t('Limit') }]);
const application = formOf('application', [
  { id: 'customer', type: 'reference', target: 'customer', label: t('Customer') },
  { id: 'amount', type: 'money', label: t('Amount') },
]);
const forms = new Map([['customer', customer]]);

describe('writtenForm', () => {
  it('is the rule set\'s own form without `on`, the referenced form with it', () => {
    expect(writtenForm(application, forms, undefined)).toBe(application);
    expect(writtenForm(application, forms, 'customer')).toBe(customer);
  });

  it('is undefined for a field that is not a reference, or a form not published', () => {
    expect(writtenForm(application, forms, 'amount')).toBeUndefined();
    expect(writtenForm(application, new Map(), 'customer')).toBeUndefined();
  });
});
