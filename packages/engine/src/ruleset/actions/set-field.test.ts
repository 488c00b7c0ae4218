import { describe, it, expect } from 'vitest';
import { actionEnv, compileEnv, TODAY } from '../test-kit.js';
import { appendLine, setFieldAction } from './set-field.js';
import type { SetFieldAction } from './types.js';

const at = '/rules/0/actions/0';
const check = (patch: Partial<SetFieldAction>) => setFieldAction.check({ kind: 'set_field', id: 'a', field: 'collection_stage', ...patch }, actionEnv(), at);
const codes = (patch: Partial<SetFieldAction>) => check(patch).map((p) => `${p.path} ${p.code}`);

describe('set_field', () => {
  it('accepts a literal of the field\'s type, and null to clear it', () => {
    expect(check({ value: 'notice' })).toEqual([]);
    expect(check({ field: 'amount', value: 1234.56 })).toEqual([]);
    expect(check({ field: 'due_date', value: '2024-02-29' })).toEqual([]);
    expect(check({ field: 'tags', value: ['disputed'] })).toEqual([]);
    expect(check({ field: 'amount', value: null })).toEqual([]);
  });

  it('needs exactly one of value and formula', () => {
    expect(codes({})).toEqual([`${at} ruleset.set_field.source`]);
    expect(codes({ field: 'amount', value: 1, formula: 'paid_amount' })).toEqual([`${at} ruleset.set_field.source`]);
  });

  it('refuses an unknown field, with the likely spelling', () => {
    const [p] = check({ field: 'collection_stag', value: 'notice' });
    expect(p).toMatchObject({ path: `${at}/field`, code: 'ruleset.field.unknown' });
    expect(p?.message).toContain('Did you mean "collection_stage"?');
  });

  it('refuses a formula field: it is read-only', () => {
    expect(codes({ field: 'days_overdue', value: 3 })).toEqual([`${at}/field ruleset.set_field.readonly`]);
  });

  it('refuses a literal of the wrong type or an unknown option', () => {
    expect(codes({ field: 'amount', value: 12.345 })).toEqual([`${at}/value ruleset.value.type`]);
    expect(codes({ field: 'amount', value: '100' })).toEqual([`${at}/value ruleset.value.type`]);
    expect(codes({ field: 'due_date', value: '2025-02-29' })).toEqual([`${at}/value ruleset.value.type`]);
    expect(codes({ value: 'noticed' })).toEqual([`${at}/value ruleset.value.option`]);
  });

  it('type-checks a formula against the field', () => {
    expect(check({ field: 'amount', formula: 'paid_amount * 2' })).toEqual([]);
    expect(codes({ field: 'amount', formula: 'customer_name' })).toEqual([`${at}/formula ruleset.set_field.kind`]);
    const [mismatch] = check({ field: 'amount', formula: 'customer_name' });
    expect([mismatch?.message, mismatch?.messageZh]).toEqual(['The formula gives a text, but "amount" holds a number: change the formula or the field.', '公式结果为文本，但字段 "amount" 的值为数字：请修改公式或字段。']);
    expect(check({ field: 'amount', formula: 'paid_amont * 2' }).map((p) => p.path)).toEqual([`${at}/formula`]);
  });

  it('lets a formula into a select field give only its options, each literal checked', () => {
    expect(check({ formula: 'IF(days_overdue > 90, "legal", IF(days_overdue > 30, "notice", "none"))' })).toEqual([]);
    expect(check({ formula: 'collection_stage' })).toEqual([]);
    const [p, ...rest] = check({ formula: 'IF(days_overdue > 90, "legal", "noticed")' });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ path: `${at}/formula`, code: 'ruleset.set_field.option' });
    expect(p?.message).toBe('The formula can give "noticed", which is not an option of "collection_stage". Did you mean "notice"? (column 32)');
    expect(p?.messageZh).toBe('公式可能得出 "noticed"，它不是字段 "collection_stage" 的选项。 是否应为 "notice"？（第 32 列）');
  });

  it('refuses free text into a select field, saying to choose options with IF', () => {
    const [p] = check({ formula: 'customer_name' });
    expect(p).toMatchObject({ path: `${at}/formula`, code: 'ruleset.set_field.option' });
    expect(p?.message).toBe('The formula can give the value of "customer_name" (a text field), which need not be an option of "collection_stage": choose option ids in quotes with IF, e.g. IF(condition, "none", "reminder"). (column 1)');
    expect(codes({ formula: '"legal" & ""' })).toEqual([`${at}/formula ruleset.set_field.option`]);
    expect(check({ formula: 'IF(disputed, status, "none")' })[0]?.message).toBe('The formula can give the value of "status", whose options open, paid, written_off are not options of "collection_stage": choose option ids in quotes with IF, e.g. IF(condition, "none", "reminder"). (column 14)');
    expect(codes({ field: 'tags', formula: 'tags' })).toEqual([]);
  });

  it('lets a formula into a user or reference field give ids, not other text', () => {
    expect(check({ field: 'salesperson', formula: 'IF(disputed, "u_legal", salesperson)' })).toEqual([]);
    const [p] = check({ field: 'salesperson', formula: 'IF(disputed, customer_name, salesperson)' });
    expect(p).toMatchObject({ path: `${at}/formula`, code: 'ruleset.set_field.id' });
    expect(p?.message).toBe('The formula can give the value of "customer_name" (a text field), which is not a user id: give a user field such as salesperson, or a user id in quotes. (column 14)');
    expect(codes({ field: 'customer', formula: 'customer_name' })).toEqual([`${at}/formula ruleset.set_field.id`]);
    expect(codes({ field: 'customer', formula: 'customer' })).toEqual([]);
  });

  it('skips field checks when the form is unknown (reported once, elsewhere)', () => {
    expect(setFieldAction.check({ kind: 'set_field', id: 'a', field: 'whatever', value: 1 }, { ...actionEnv(), fields: null, facts: null }, at)).toEqual([]);
  });

  it('becomes an effect carrying the literal', () => {
    const build = setFieldAction.compile({ kind: 'set_field', id: 'a', field: 'collection_stage', value: 'notice' }, compileEnv('tier2'));
    expect(build({}, { today: TODAY })).toEqual({ kind: 'set_field', rule: 'tier2', action: 'a', field: 'collection_stage', value: 'notice' });
  });

  it('computes a formula from the record, rounding money half up to fen', () => {
    const build = setFieldAction.compile({ kind: 'set_field', id: 'a', field: 'amount', formula: 'paid_amount / 3' }, compileEnv());
    expect(build({ paid_amount: 100 }, { today: TODAY }).value).toBe(33.33);
    expect(build({ paid_amount: 0.05 }, { today: TODAY }).value).toBe(0.02);
    expect(build({}, { today: TODAY }).value).toBeNull();
  });

  it('writes date-times in canonical UTC, as records store them', () => {
    const literal = setFieldAction.compile({ kind: 'set_field', id: 'a', field: 'last_contact', value: '2025-03-01T10:00:00+08:00' }, compileEnv());
    expect(literal({}, { today: TODAY }).value).toBe('2025-03-01T02:00:00.000Z');
    const formula = setFieldAction.compile({ kind: 'set_field', id: 'a', field: 'last_contact', formula: 'last_contact' }, compileEnv());
    expect(formula({ last_contact: '2025-03-01T00:30:00+08:00' }, { today: TODAY }).value).toBe('2025-02-28T16:30:00.000Z');
    expect(formula({}, { today: TODAY }).value).toBeNull();
  });

  it('gives no amount (null) when a formula exceeds what a money field holds, as form formulas do', () => {
    const build = setFieldAction.compile({ kind: 'set_field', id: 'a', field: 'amount', formula: 'paid_amount * 1000000' }, compileEnv());
    expect(build({ paid_amount: 1e13 }, { today: TODAY }).value).toBeNull();
    expect(build({ paid_amount: 1e7 }, { today: TODAY }).value).toBe(1e13);
  });

  describe('on the record a reference field points to', () => {
    it('checks the field against that record\'s form, and the formula against this record', () => {
      expect(check({ on: 'customer', field: 'credit_limit', formula: 'IF(ISBLANK(paid_amount), amount, paid_amount)' })).toEqual([]);
      expect(check({ on: 'customer', field: 'region', value: 'east' })).toEqual([]);
      expect(codes({ on: 'customer', field: 'region', value: 'middle' })).toEqual([`${at}/value ruleset.value.option`]);
      expect(codes({ on: 'customer', field: 'credit_limit', formula: 'customer_name' })).toEqual([`${at}/formula ruleset.set_field.kind`]);
      // A field of this record, not of the customer's form.
      const [p] = check({ on: 'customer', field: 'collection_stage', value: 'notice' });
      expect(p).toMatchObject({ path: `${at}/field`, code: 'ruleset.field.unknown' });
      expect(check({ on: 'customer', field: 'credit_limt', value: 1 })[0]?.message).toBe('Form "customer" (which "customer" points to) has no field "credit_limt". Did you mean "credit_limit"?');
    });

    it('needs `on` to be a reference field of this form, to a published form', () => {
      expect(codes({ on: 'amount', field: 'credit_limit', value: 1 })).toEqual([`${at}/on ruleset.field.type`]);
      expect(codes({ on: 'custome', field: 'credit_limit', value: 1 })).toEqual([`${at}/on ruleset.field.unknown`]);
      const unpublished = { ...actionEnv(), ctx: { ...actionEnv().ctx, forms: new Map() } };
      const [p] = setFieldAction.check({ kind: 'set_field', id: 'a', on: 'customer', field: 'credit_limit', value: 1 }, unpublished, at);
      expect(p).toMatchObject({ path: `${at}/on`, code: 'ruleset.set_field.target_form', message: '"customer" points to form "customer", which is not published: publish it before this rule set.' });
    });

    it('refuses a computed field of the referenced form', () => {
      const ctx = { ...actionEnv().ctx, forms: new Map([['customer', new Map([['exposure', { id: 'exposure', type: 'formula', kind: 'number' as const, computed: true }]])]]) };
      expect(setFieldAction.check({ kind: 'set_field', id: 'a', on: 'customer', field: 'exposure', value: 1 }, { ...actionEnv(), ctx }, at).map((p) => p.code)).toEqual(['ruleset.set_field.readonly']);
    });

    it('adds a line only to a multi-line text field, with a problem naming the flag otherwise', () => {
      expect(check({ on: 'customer', field: 'blacklist_reason', append: true, formula: '"Invoice written off: " & customer_name' })).toEqual([]);
      const [p, ...rest] = check({ on: 'customer', field: 'company_name', append: true, value: 'x' });
      expect(rest).toEqual([]);
      expect(p).toMatchObject({ path: `${at}/append`, code: 'ruleset.set_field.append' });
      expect([p?.message, p?.messageZh]).toEqual([
        'Only a multi-line text field takes a new line, and "company_name" is a text field: untick "Add as a new line", or write a multi-line text field.',
        '只有多行文本字段可以追加一行，"company_name" 是 text 字段：请取消“追加为新的一行”，或改写多行文本字段。',
      ]);
    });

    it('becomes an effect that says it adds a line, the line alone its value', () => {
      const build = setFieldAction.compile({ kind: 'set_field', id: 'why', on: 'customer', field: 'blacklist_reason', append: true, formula: '"Written off: " & customer_name' }, compileEnv());
      expect(build({ customer: 'c_42', customer_name: 'Acme' }, { today: TODAY })).toMatchObject({ field: 'blacklist_reason', value: 'Written off: Acme', append: true });
      const plain = setFieldAction.compile({ kind: 'set_field', id: 'why', on: 'customer', field: 'blacklist_reason', value: 'x' }, compileEnv());
      expect(plain({ customer: 'c_42' }, { today: TODAY })).not.toHaveProperty('append');
    });

    it('becomes an effect naming the referenced record, the value settled as that record\'s field stores it', () => {
      const build = setFieldAction.compile({ kind: 'set_field', id: 'grant', on: 'customer', field: 'credit_limit', formula: 'amount / 3' }, compileEnv());
      expect(build({ customer: 'c_42', amount: 100 }, { today: TODAY })).toEqual({
        kind: 'set_field', rule: 'r1', action: 'grant', field: 'credit_limit', value: 33.33, target: { field: 'customer', record: 'c_42', form: 'customer' }, reads: ['amount'],
      });
      const literal = setFieldAction.compile({ kind: 'set_field', id: 'flag', on: 'customer', field: 'credit_limit', value: 0 }, compileEnv());
      expect(literal({ customer: 'c_42' }, { today: TODAY })).toMatchObject({ value: 0, reads: [] });
      expect(build({ amount: 100 }, { today: TODAY }).target).toEqual({ field: 'customer', record: null, form: 'customer' });
    });
  });

  describe('appendLine', () => {
    it('adds the line after what the field holds, on a line of its own', () => {
      expect(appendLine('Sued by a supplier', 'Invoice INV-7 written off')).toBe('Sued by a supplier\nInvoice INV-7 written off');
    });

    it('gives the line alone to an empty field, and leaves the field as it is for an empty line', () => {
      expect(appendLine(null, 'Invoice INV-7 written off')).toBe('Invoice INV-7 written off');
      expect(appendLine(' ', 'Invoice INV-7 written off')).toBe('Invoice INV-7 written off');
      expect(appendLine('Sued', null)).toBe('Sued');
      expect(appendLine('Sued', '  ')).toBe('Sued');
      expect(appendLine('Sued\n', 'Written off')).toBe('Sued\nWritten off');
      expect(appendLine(undefined, null)).toBeNull();
    });
  });
});
