import { formCatalog, validateCondition } from '@heng/engine';
import type { Condition, FieldInfo } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { customerCreditProfile } from '../samples/index.js';
import { addChild, comparisonOn, extendRoot, conditionAt, operatorsFor, pointerOf, removeAt, setFact, setGroupKind, setOperator, setValue, toggleNot } from './condition.js';

const catalog = formCatalog(customerCreditProfile);
const field = (id: string) => catalog.get(id) as FieldInfo;
const debt: Condition = { fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 };
const lawsuit: Condition = { fact: 'lawsuits_pending', operator: 'equal', value: true };
const tree: Condition = { any: [debt, { not: { all: [lawsuit] } }] };

describe('addressing', () => {
  it('finds nodes and their JSON Pointers by child positions', () => {
    expect(conditionAt(tree, [1, 0, 0])).toBe(lawsuit);
    expect(pointerOf(tree, [1, 0, 0])).toBe('/any/1/not/all/0');
    expect(conditionAt(tree, [5])).toBeUndefined();
  });

  it('points where validateCondition puts its problems', () => {
    const bad = setValue(tree, [1, 0, 0], 'yes');
    const problems = validateCondition(bad, catalog, '/when');
    expect(problems.map((p) => p.path)).toEqual([`/when${pointerOf(bad, [1, 0, 0])}/value`]);
  });
});

describe('structure edits', () => {
  it('adds children to groups only', () => {
    expect(addChild({ all: [] }, [], debt)).toEqual({ all: [debt] });
    expect(addChild(tree, [0], lawsuit)).toBe(tree);
  });

  it('extends the root, grouping a lone comparison or not', () => {
    expect(extendRoot({ any: [debt] }, lawsuit)).toEqual({ any: [debt, lawsuit] });
    expect(extendRoot(debt, lawsuit)).toEqual({ all: [debt, lawsuit] });
    expect(extendRoot({ not: debt }, lawsuit)).toEqual({ all: [{ not: debt }, lawsuit] });
  });

  it('removes a node; a not goes with its only child; the root becomes an empty group', () => {
    expect(removeAt(tree, [0])).toEqual({ any: [{ not: { all: [lawsuit] } }] });
    expect(removeAt(tree, [1, 0])).toEqual({ any: [debt] });
    expect(removeAt(tree, [])).toEqual({ all: [] });
  });

  it('switches group kind and toggles not', () => {
    expect(setGroupKind(tree, [], 'all')).toEqual({ all: tree.any });
    expect(toggleNot(tree, [0])).toEqual({ any: [{ not: debt }, tree.any[1]] });
    expect(toggleNot(tree, [1])).toEqual({ any: [debt, { all: [lawsuit] }] });
  });
});

describe('comparisons', () => {
  it('offers the operators of the field kind', () => {
    expect(operatorsFor('boolean')).toEqual(['equal', 'notEqual', 'isEmpty', 'isNotEmpty']);
    expect(operatorsFor('number')).toEqual(['equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'in', 'notIn', 'isEmpty', 'isNotEmpty']);
    expect(operatorsFor('list')).toEqual(['contains', 'doesNotContain', 'isEmpty', 'isNotEmpty']);
  });

  it('starts a comparison that validates', () => {
    for (const id of ['industry', 'lawsuits_pending', 'annual_sales', 'recent_changes']) {
      expect(validateCondition(comparisonOn(field(id)), catalog, '')).toEqual([]);
    }
  });

  it('changes the fact, keeping a suitable operator and resetting the value', () => {
    expect(setFact({ all: [debt] }, [0], field('annual_sales'))).toEqual({ all: [{ fact: 'annual_sales', operator: 'greaterThan', value: 0 }] });
    expect(setFact({ all: [debt] }, [0], field('industry'))).toEqual({ all: [{ fact: 'industry', operator: 'equal', value: 'manufacturing' }] });
  });

  it('turns the value into a list and back with the operator', () => {
    const inList = setOperator({ fact: 'industry', operator: 'equal', value: 'steel' }, [], 'in');
    expect(inList).toEqual({ fact: 'industry', operator: 'in', value: ['steel'] });
    expect(setOperator(inList, [], 'notEqual')).toEqual({ fact: 'industry', operator: 'notEqual', value: 'steel' });
    // A comparison with another field keeps it for another single-value operator, and drops it for a list.
    const withField = { fact: 'amount', operator: 'lessThanInclusive', value: { fact: 'owed' } } as const;
    expect(setOperator(withField, [], 'greaterThan')).toEqual({ fact: 'amount', operator: 'greaterThan', value: { fact: 'owed' } });
    expect(setOperator(withField, [], 'in')).toEqual({ fact: 'amount', operator: 'in', value: [] });
  });

  it('drops the value for an emptiness test and starts from the field\'s default when leaving one', () => {
    const blank = setOperator({ fact: 'industry', operator: 'equal', value: 'steel' }, [], 'isEmpty', field('industry'));
    expect(blank).toEqual({ fact: 'industry', operator: 'isEmpty', value: null });
    expect(validateCondition(blank, catalog, '')).toEqual([]);
    expect(setOperator(blank, [], 'isNotEmpty')).toEqual({ fact: 'industry', operator: 'isNotEmpty', value: null });
    expect(setOperator(blank, [], 'equal', field('industry'))).toEqual({ fact: 'industry', operator: 'equal', value: 'manufacturing' });
    expect(setOperator(blank, [], 'in', field('industry'))).toEqual({ fact: 'industry', operator: 'in', value: [] });
  });
});
