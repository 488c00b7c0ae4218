import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyContext } from '../core/context.js';
import { customerCreditProfile } from './fixtures/customer-credit-profile.js';
import { formOf, label, refs, where } from './test-kit.js';
import { validateForm } from './validate.js';

describe('validateForm', () => {
  it('passes a good form', () => {
    expect(validateForm(formOf([{ id: 'a', type: 'text', label: label('A') }]), refs())).toEqual([]);
  });

  it('returns structural and semantic problems together when fields are sound', () => {
    const def = { ...formOf([{ id: 'a', type: 'text', label: label('A') }]), name: undefined, sections: [] };
    expect(where(validateForm(def, refs()))).toEqual(['/fields/0 field.section.none', '/name schema.required']);
  });

  it('stops at structure when fields or sections are malformed', () => {
    const def = { ...formOf([{ id: 'a', type: 'text', label: label('A') }]), fields: [{ id: 'a', type: 'txt', label: label('A') }] };
    expect(where(validateForm(def, refs()))).toEqual(['/fields/0/type schema.enum']);
  });

  it('returns every semantic problem at once', () => {
    const fields = [
      { id: 'a', type: 'formula', label: label('A'), formula: 'b + 1', resultType: 'number' },
      { id: 'b', type: 'formula', label: label('B'), formula: 'a * 2', resultType: 'number' },
      { id: 'c', type: 'text', label: label('C'), rules: { pattern: { regex: '(a)\\1' } }, access: { nobody: 'hidden' } },
      { id: 'd', type: 'reference', label: label('D'), target: 'nowhere' },
    ];
    expect(where(validateForm(formOf(fields as never), emptyContext()))).toEqual([
      '/fields/0/formula formula.cycle',
      '/fields/1/formula formula.cycle',
      '/fields/2/access/nobody field.access.role',
      '/fields/2/rules/pattern/regex field.rules.pattern',
      '/fields/3/target field.target.unknown',
    ]);
  });

  it('never throws on random or mangled definitions', () => {
    const mangle = fc.oneof(fc.anything(), fc.constant(undefined), fc.constant(null));
    const fieldish = fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', 'contacts'), fc.string()),
        type: fc.oneof(fc.constantFrom('text', 'number', 'money', 'single_select', 'sub_table', 'formula', 'date', 'reference'), fc.string()),
        label: fc.oneof(fc.constant(label('X')), mangle),
        options: fc.oneof(fc.constant([{ id: 'o', label: label('O') }]), fc.constant([]), mangle),
        columns: fc.oneof(fc.constant([{ id: 'c', type: 'number', label: label('C') }]), mangle),
        formula: fc.oneof(fc.constantFrom('a + 1', 'b * 2', 'SUM(contacts.c)', '(('), fc.string()),
        resultType: fc.constantFrom('number', 'text', 'boolean'),
        target: fc.constantFrom('customer', 'x'),
        default: mangle,
        rules: fc.oneof(fc.constant({ min: 3, max: 1 }), fc.constant({ pattern: { regex: '(a+)+' } }), mangle),
        visibleWhen: fc.oneof(fc.constant({ fact: 'a', operator: 'equal', value: 1 }), mangle),
        requiredWhen: fc.oneof(fc.constant({ fact: 'a', operator: 'equal', value: 1 }), mangle),
        access: fc.oneof(fc.constant({ salesperson: 'read' }), mangle),
      },
      { requiredKeys: [] },
    );
    const form = fc.record({
      kind: fc.constantFrom('form', 'flow'),
      id: fc.constantFrom('customer', ''),
      name: fc.constant(label('Customer')),
      fields: fc.oneof(fc.array(fieldish, { maxLength: 5 }), mangle),
      sections: fc.oneof(fc.constant([{ id: 's', label: label('S'), columns: 2, fields: ['a', 'b', 'contacts'] }]), mangle),
    });
    fc.assert(
      fc.property(fc.oneof(form, fc.anything()), (def) => {
        const problems = validateForm(def, refs());
        expect(Array.isArray(problems)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('passes the customer credit profile fixture', () => {
    const ctx = { ...emptyContext(), roles: new Set(['salesperson', 'sales_manager', 'sales_director', 'risk_officer', 'finance_director', 'legal', 'admin']) };
    expect(validateForm(customerCreditProfile, ctx)).toEqual([]);
  });
});
