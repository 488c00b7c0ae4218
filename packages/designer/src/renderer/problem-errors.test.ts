import { problem } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { errorText, errorTree, fieldNameOf, placeProblems } from './problem-errors.js';

const required = problem('/company_name', 'value.required', 'Company name is required.', '请填写企业名称。');
const phone = problem('/contacts/1/phone', 'value.pattern', 'Phone (Contacts row 2) is not a phone number.', '电话（联系人第 2 行）不是电话号码。');
const contacts = problem('/contacts', 'value.required', 'Contacts needs at least one row.', '联系人至少需要一行。');

describe('problem paths as field names', () => {
  it('reads JSON Pointers as react-hook-form names', () => {
    expect(fieldNameOf('/company_name')).toBe('company_name');
    expect(fieldNameOf('/contacts/0/phone')).toBe('contacts.0.phone');
    expect(fieldNameOf('')).toBeUndefined();
    expect(fieldNameOf('/a.b')).toBeUndefined();
  });

  it('puts problems on the inputs shown and keeps the others apart', () => {
    const hidden = problem('/lawsuit_details', 'value.required', 'Lawsuit details is required.', '请填写诉讼详情。');
    const whole = problem('', 'record.type', 'A record must be an object.', '记录应为对象。');
    const placed = placeProblems([required, phone, hidden, whole], (n) => n === 'company_name' || n === 'contacts.1.phone');
    expect([...placed.byName.keys()]).toEqual(['company_name', 'contacts.1.phone']);
    expect(placed.byName.get('company_name')).toEqual({ type: 'value.required', message: 'Company name is required.', types: { en: 'Company name is required.', 'zh-CN': '请填写企业名称。' } });
    expect(placed.general).toEqual([hidden, whole]);
  });

  it('joins several problems of one field', () => {
    const short = problem('/company_name', 'value.minLength', 'Company name needs 2 characters.', '企业名称至少 2 个字符。');
    const { byName } = placeProblems([required, short], () => true);
    expect(byName.get('company_name')?.types).toEqual({ en: 'Company name is required. Company name needs 2 characters.', 'zh-CN': '请填写企业名称。 企业名称至少 2 个字符。' });
  });
});

describe('error tree', () => {
  it('nests cell errors under their row and keeps a table error at root', () => {
    const { byName } = placeProblems([phone, contacts, required], () => true);
    const tree = errorTree(byName) as Record<string, unknown>;
    expect(tree.company_name).toBe(byName.get('company_name'));
    const table = tree.contacts as Record<string, unknown>;
    expect(table.root).toBe(byName.get('contacts'));
    expect((table['1'] as Record<string, unknown>).phone).toBe(byName.get('contacts.1.phone'));
  });

  it('gives the text in the language shown, falling back to a table root', () => {
    const { byName } = placeProblems([contacts, phone], () => true);
    const tree = errorTree(byName) as Record<string, never>;
    expect(errorText(tree.contacts, 'zh-CN')).toBe('联系人至少需要一行。');
    expect(errorText(byName.get('contacts.1.phone'), 'en')).toBe('Phone (Contacts row 2) is not a phone number.');
    expect(errorText({ type: 'server', message: 'Plain.' }, 'zh-CN')).toBe('Plain.');
    expect(errorText(undefined, 'en')).toBeUndefined();
  });
});
