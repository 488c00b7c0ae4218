import { compileForm, customerCreditProfile, sampleCustomer } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { compileSafely, initialValues, isTypedText, newRecordAccess, recordOf, shownNames, todayInChina, withTypedText, writableOf } from './form-model.js';

const form = customerCreditProfile;
const compiled = compileForm(form);

describe('the record behind the inputs', () => {
  it('leaves out empty inputs, formulas and unknown keys, keeping row ids', () => {
    const values = { company_name: '闽江机械', legal_representative: '', equity: 5, extra: 1, contacts: [{ id: 'c1', name: '林芳', phone: '', primary: true }] };
    expect(recordOf(form, values)).toEqual({ company_name: '闽江机械', contacts: [{ id: 'c1', name: '林芳', primary: true }] });
  });

  it('round-trips a stored record through the checker', () => {
    const record = recordOf(form, compiled.computeRecord(sampleCustomer, { today: '2024-06-30' }));
    expect(compiled.validateRecord(record, { today: '2024-06-30' })).toEqual([]);
  });

  it('keeps only what the roles may write', () => {
    const access = compiled.accessFor(['salesperson']);
    const sent = writableOf({ company_name: 'A', credit_limit: 1, lawsuit_details: 'x' }, access);
    expect(sent).toEqual({ company_name: 'A' });
  });

  it('lists the inputs on screen: visible fields, their cells, not hidden ones', () => {
    const access = compiled.accessFor(['salesperson']);
    const computed = compiled.computeRecord({ lawsuits_pending: false, contacts: [{ name: 'x' }] }, { today: '2024-06-30' });
    const shown = shownNames(form, computed, access, compiled.isVisible);
    expect(shown.has('company_name')).toBe(true);
    expect(shown.has('contacts.0.phone')).toBe(true);
    expect(shown.has('contacts.1.phone')).toBe(false);
    expect(shown.has('lawsuit_details')).toBe(false);
    expect(shown.has('risk_notes')).toBe(false);
    const withLawsuit = compiled.computeRecord({ lawsuits_pending: true }, { today: '2024-06-30' });
    expect(shownNames(form, withLawsuit, access, compiled.isVisible).has('lawsuit_details')).toBe(true);
  });
});

describe('a new record’s form', () => {
  it('leaves off the empty fields its roles may only read, keeping what they write, computed fields and anything filled in', () => {
    const access = compiled.accessFor(['salesperson']);
    expect([access['credit_limit'], access['payment_terms_days'], access['debt_ratio']]).toEqual(['read', 'read', 'read']);
    const blank = newRecordAccess(form, access, compiled.computeRecord({}, { today: '2024-06-30' }));
    expect([blank['credit_limit'], blank['payment_terms_days'], blank['company_name'], blank['debt_ratio'], blank['risk_notes']]).toEqual(['hidden', 'hidden', 'write', 'read', 'hidden']);
    // Filled in by whoever started it (a default, or the page it was started from): shown.
    expect(newRecordAccess(form, access, { payment_terms_days: 30 })['payment_terms_days']).toBe('read');
    // Whoever may write them sees them all.
    const finance = compiled.accessFor(['finance_director']);
    expect(newRecordAccess(form, finance, {})).toEqual(finance);
  });
});

describe('text typed into a number input', () => {
  const ask = { en: 'Enter an amount, e.g. 1200000 or 120万', zh: '请输入金额，例如 1200000、120万' };

  it('is text in a number, money or percent input only', () => {
    expect([isTypedText('money', 'abc'), isTypedText('number', '1.5x'), isTypedText('percent', 'x')]).toEqual([true, true, true]);
    expect([isTypedText('money', 120), isTypedText('money', ''), isTypedText('money', undefined), isTypedText('text', 'abc')]).toEqual([false, false, false, false]);
  });

  it('stops the save with a message asking for a number, in place of the engine’s', () => {
    const record = { ...sampleCustomer, annual_sales: 'abc', statements: [{ year: 2023, assets: '1.5x', liabilities: 5 }] };
    const problems = withTypedText(form, record, compiled.validateRecord(record, { today: '2024-06-30' }));
    const on = (path: string) => problems.filter((p) => p.path === path);
    expect(on('/annual_sales')).toEqual([{ path: '/annual_sales', code: 'value.notANumber', message: ask.en, messageZh: ask.zh }]);
    expect(on('/statements/0/assets')).toEqual([{ path: '/statements/0/assets', code: 'value.notANumber', message: ask.en, messageZh: ask.zh }]);
  });

  it('leaves the problems of a record holding numbers as they are', () => {
    const record = { ...sampleCustomer, annual_sales: -5 };
    const problems = compiled.validateRecord(record, { today: '2024-06-30' });
    expect(problems.length).toBeGreaterThan(0);
    expect(withTypedText(form, record, problems)).toEqual(problems);
  });
});

describe('starting values', () => {
  it('starts a new record from the form defaults with the page defaults on top, and an edit from the record alone', () => {
    const compiled = compileForm(customerCreditProfile);
    const started = initialValues(compiled, undefined, { account_manager: 'u1' });
    expect(started).toEqual({ ...compiled.initialRecord(), account_manager: 'u1' });
    expect(initialValues(compiled, { company_name: 'Acme' }, { account_manager: 'u1' })).toEqual({ company_name: 'Acme' });
  });
});

describe('compiling and today', () => {
  it('says why a draft does not compile instead of throwing', () => {
    const broken: FormDefinition = { ...form, fields: [...form.fields, { id: 'bad', type: 'formula', label: { en: 'Bad', 'zh-CN': '坏' }, formula: 'nope +', resultType: 'number' }] };
    const result = compileSafely(broken);
    expect(result.ok).toBe(false);
    expect(compileSafely(form).ok).toBe(true);
  });

  it('takes the calendar day in China', () => {
    expect(todayInChina(new Date('2024-06-30T20:00:00Z'))).toBe('2024-07-01');
  });
});
