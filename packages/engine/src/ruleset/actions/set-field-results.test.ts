import { describe, expect, it } from 'vitest';
import { receivableFields } from '../test-kit.js';
import { checkFormulaResults } from './set-field-results.js';

const field = (id: string) => {
  const f = receivableFields.get(id);
  if (f === undefined) throw new Error(`no field ${id}`);
  return f;
};
const codes = (source: string, target: string) => checkFormulaResults(source, field(target), receivableFields, '/f').map((p) => p.code);

describe('checkFormulaResults', () => {
  it('leaves fields that hold any value of their kind alone', () => {
    expect(codes('customer_name & "!"', 'customer_name')).toEqual([]);
    expect(codes('paid_amount * 2', 'amount')).toEqual([]);
  });

  it('checks every literal and field a select can get, one problem each', () => {
    expect(codes('IF(disputed, "legal", IF(paid_amount > 0, "noticed", customer_name))', 'collection_stage')).toEqual(['ruleset.set_field.option', 'ruleset.set_field.option']);
    expect(codes('IF(disputed, "legal", collection_stage)', 'collection_stage')).toEqual([]);
  });

  it('lets a multi select get only multi selects whose options are all its own', () => {
    expect(codes('tags', 'tags')).toEqual([]);
    const [p] = checkFormulaResults('changed', { ...field('tags'), id: 'tags' }, new Map([...receivableFields, ['changed', { id: 'changed', type: 'multi_select', kind: 'list', options: ['disputed', 'vip'] }]]), '/f');
    expect(p?.message).toBe('The formula can give the value of "changed", whose options vip are not options of "tags": give a multi-select field whose options are all options of "tags". (column 1)');
  });

  it('lets a reference field get references and ids, not other text', () => {
    expect(codes('IF(disputed, "rec_1", customer)', 'customer')).toEqual([]);
    expect(codes('IF(disputed, "rec_" & customer_name, customer)', 'customer')).toEqual(['ruleset.set_field.id']);
    expect(checkFormulaResults('salesperson', field('customer'), receivableFields, '/f')[0]?.messageZh).toBe('公式可能得出字段 "salesperson"（user 类型）的值，它不是关联记录 ID：请改用关联记录字段（如 customer）或加引号的 ID。（第 1 列）');
  });

  it('finds nothing in a formula that does not parse (reported by the type check)', () => {
    expect(codes('IF(', 'collection_stage')).toEqual([]);
  });
});
