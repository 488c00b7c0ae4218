import { creditScorecard as card } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { diffRows, valueText } from './diff-rows.js';
import type { DiffWords } from './diff-rows.js';

const names: Record<string, string> = { factors: 'Factors', weight: 'Weight', grades: 'Grades', name: 'Name', en: 'English', overrides: 'Overrides', when: 'When', min: 'At least' };
const labels: Record<string, string> = { sales_owner: 'Sales owner', account_manager: 'Account manager', grade: 'Grade', amount: 'Amount', salesperson: 'Salesperson' };
const words: DiffWords = {
  key: (k) => names[k] ?? k,
  position: (n) => `item ${n}`,
  count: (n) => `${n} items`,
  yes: 'Yes',
  no: 'No',
  field: (id) => labels[id] ?? id,
  option: (field, value) => (field === 'grade' && value === 'A' ? 'Excellent' : value),
  role: (id) => labels[id] ?? id,
  named: (name, id) => `${name} (${id})`,
  kind: (k) => (k === 'ruleset' ? 'Rule set' : k),
  trigger: (t) => `On ${String(t['kind'])}`,
  band: (n, band, method) => `band ${n} of ${String(method['field'])} from ${String(band['min'])}`,
  action: (kind) => ({ notify: 'Notify', create_task: 'Create task' })[kind] ?? kind,
  definition: (key, id) => (key === 'form' && id === 'supplier_eval' ? 'Supplier evaluation' : id),
  condition: (c) => (typeof c['fact'] === 'string' ? `${labels[c['fact']] ?? c['fact']} ${String(c['operator'])} ${JSON.stringify(c['value'])}` : `all of ${Array.isArray(c['all']) ? c['all'].length : 0}`),
  approver: (a) => (a['kind'] === 'role' ? `role ${labels[String(a['role'])] ?? String(a['role'])}` : String(a['kind'])),
};

describe('diff rows', () => {
  it('names a rule\'s action by its kind, never by the id the editor made up, and by its place beside another of its kind', () => {
    const notify = (id: string) => ({ kind: 'notify', id, to: { role: 'salesperson' }, message: { en: 'Hi', 'zh-CN': '你好' } });
    const rules = { kind: 'ruleset', id: 'r', form: 'customer', trigger: { kind: 'record_saved' }, rules: [{ id: 'big', name: { en: 'Big', 'zh-CN': '大额' }, conditions: { all: [] }, actions: [notify('notify_1'), { kind: 'create_task', id: 'create_task_1' }, notify('notify_2')] }] };
    const rows = diffRows([{ path: '/rules/0/actions/1/title', op: 'add', to: 'x' }, { path: '/rules/0/actions/2/message/en', op: 'replace', from: 'Hi', to: 'Hello' }], rules, 'en', words);
    expect(rows.map((r) => r.where.join(' › '))).toEqual(['rules › Big › actions › Create task › title', 'rules › Big › actions › Notify · item 3 › message › English']);
    // The form a definition is on, by its name with its id beside.
    expect(diffRows([{ path: '/form', op: 'replace', from: 'customer', to: 'supplier_eval' }], { ...rules, form: 'supplier_eval' }, 'en', words)[0]).toMatchObject({ before: 'customer', after: 'Supplier evaluation (supplier_eval)' });
  });


  it('says a definition kind and a rule set trigger in words at the top level, not as codes', () => {
    const rules = { kind: 'ruleset', id: 'visits', form: 'customer', trigger: { kind: 'record_updated', fields: ['grade'] }, rules: [] };
    const rows = diffRows([{ path: '/kind', op: 'add', to: 'ruleset' }, { path: '/trigger', op: 'replace', from: { kind: 'record_saved' }, to: rules.trigger }], rules, 'en', words);
    expect(rows.map((r) => [r.after, r.before])).toEqual([['Rule set', undefined], ['On record_updated', 'On record_saved']]);
    // Deeper down, a `kind` is any value (a factor's method).
    expect(diffRows([{ path: '/factors/1/method/kind', op: 'replace', from: 'bands', to: 'linear' }], card, 'en', words)[0]?.after).toBe('linear');
  });

  it('names a changed value by the names of the places it is in, a weight in percent', () => {
    const rows = diffRows([{ path: '/factors/1/weight', op: 'replace', from: 3000, to: 2500 }], card, 'en', words);
    expect(rows).toEqual([{ key: '0', op: 'replace', where: ['Factors', 'Debt ratio', 'Weight'], before: '30.00%', after: '25.00%' }]);
    expect(diffRows([{ path: '/factors/1/weight', op: 'replace', from: 3000, to: 2500 }], card, 'zh-CN', words)[0]?.where).toEqual(['Factors', '资产负债率', 'Weight']);
  });

  it('names an added or removed item by its name, a removed one from the value it had', () => {
    const added = { ...card, factors: [...card.factors, { ...card.factors[0]!, id: 'extra', name: { en: 'Extra', 'zh-CN': '新增' } }] };
    const rows = diffRows(
      [
        { path: '/factors/5', op: 'add', to: added.factors[5], id: 'extra' },
        { path: '/grades/3', op: 'remove', from: { id: 'e', grade: 'E', label: { en: 'Failing', 'zh-CN': '差' } }, id: 'e' },
      ],
      added,
      'en',
      words,
    );
    expect(rows).toEqual([
      { key: '0', op: 'add', where: ['Factors', 'Extra'] },
      { key: '1', op: 'remove', where: ['Grades', 'Failing (E)'] },
    ]);
  });

  it('shows an added or removed property with its value, a renamed one per language', () => {
    const rows = diffRows(
      [
        { path: '/overrides/1/when/value', op: 'add', to: true },
        { path: '/grades/0/max', op: 'remove', from: 100 },
        { path: '/name/en', op: 'replace', from: 'Credit score', to: 'Credit rating' },
      ],
      card,
      'en',
      words,
    );
    expect(rows.map((r) => [r.op, r.where.join(' › '), r.before, r.after])).toEqual([
      ['add', 'Overrides › A pending lawsuit caps the grade at C › When › value', undefined, 'Yes'],
      ['remove', 'Grades › Excellent (A) › max', '100', undefined],
      ['replace', 'Name › English', 'Credit score', 'Credit rating'],
    ]);
  });

  it('names a band by its place and range, never by the id the designer made up for it', () => {
    const rows = diffRows(
      [
        { path: '/factors/1/method/bands/1/points', op: 'replace', from: 60, to: 70 },
        { path: '/factors/1/method/bands/4', op: 'remove', from: { id: 'band_5', min: 0.9, points: 0 }, id: 'band_5' },
      ],
      card,
      'en',
      words,
    );
    expect(rows.map((r) => r.where.join(' › '))).toEqual(['Factors › Debt ratio › method › bands › band 2 of debt_ratio from 0.3 › points', 'Factors › Debt ratio › method › bands › band 5 of debt_ratio from 0.9']);
  });

  it('names an unnamed override by its place and a weight modifier by its field, not by their made-up ids', () => {
    const def = { ...card, overrides: [{ id: 'override_3', when: { all: [] }, action: { kind: 'cap', grade: 'C' } }], modifiers: [{ id: 'modifier_1', dimension: 'amount', values: [] }] };
    const rows = diffRows(
      [
        { path: '/overrides/0/action/grade', op: 'replace', from: 'B', to: 'C' },
        { path: '/modifiers/0/dimension', op: 'replace', from: 'grade', to: 'amount' },
      ],
      def,
      'en',
      words,
    );
    expect(rows.map((r) => [r.where.join(' › '), r.before, r.after])).toEqual([
      ['Overrides › item 1 › action › grade', 'B', 'C'],
      ['modifiers › Amount (amount) › dimension', 'Grade (grade)', 'Amount (amount)'],
    ]);
  });

  it('gives a moved item its places before and after, counted from 1', () => {
    const rows = diffRows([{ path: '/factors/2', op: 'move', from: '/factors/0', id: 'lawsuits' }], card, 'en', words);
    expect(rows).toEqual([{ key: '0', op: 'move', where: ['Factors', 'Lawsuits'], before: 'item 1', after: 'item 3' }]);
  });

  it('names a row access rule by its role and field', () => {
    const form = { rowAccess: [{ role: 'salesperson', field: 'sales_owner' }] };
    const rows = diffRows([{ path: '/rowAccess/0/field', op: 'replace', from: 'account_manager', to: 'sales_owner' }], form, 'en', words);
    expect(rows).toEqual([{ key: '0', op: 'replace', where: ['rowAccess', 'Salesperson (salesperson): Sales owner (sales_owner)', 'field'], before: 'Account manager (account_manager)', after: 'Sales owner (sales_owner)' }]);
  });

  it('names the fields, options and roles a definition refers to by their labels, the id beside', () => {
    const flow = {
      nodes: [{ editableFields: ['amount', 'grade'], approvers: [{ kind: 'role', role: 'salesperson' }] }],
      when: { all: [{ fact: 'grade', operator: 'in', value: ['A', 'B'] }, { fact: 'amount', operator: 'lessThan', value: { fact: 'grade' } }] },
    };
    const rows = diffRows(
      [
        { path: '/nodes/0/editableFields/1', op: 'add', to: 'grade' },
        { path: '/nodes/0/editableFields/2', op: 'remove', from: 'unknown_field' },
        { path: '/nodes/0/approvers/0/role', op: 'replace', from: 'admin', to: 'salesperson' },
        { path: '/when/all/0/value/0', op: 'replace', from: 'C', to: 'A' },
        { path: '/when/all/1/value', op: 'replace', from: 500000, to: { fact: 'grade' } },
        { path: '/when/all/0/value', op: 'add', to: ['A', 'B'] },
      ],
      flow,
      'en',
      words,
    );
    expect(rows.map((r) => [r.where.join(' › '), r.before, r.after])).toEqual([
      ['nodes › item 1 › editableFields › Grade (grade)', undefined, undefined],
      ['nodes › item 1 › editableFields › unknown_field', undefined, undefined],
      ['nodes › item 1 › approvers › role Salesperson › role', 'admin', 'Salesperson (salesperson)'],
      ['When › all › Grade (grade) › value › Excellent (A)', 'C', 'Excellent (A)'],
      ['When › all › Amount (amount) › value', '500,000', 'Grade (grade)'],
      ['When › all › Grade (grade) › value', undefined, 'Excellent (A), B'],
    ]);
    // The date field an auto number is dated by, by its label.
    const order = { fields: [{ id: 'order_no', type: 'serial', label: { en: 'Order number', 'zh-CN': '订单号' }, dateField: 'amount' }] };
    expect(diffRows([{ path: '/fields/0/dateField', op: 'add', to: 'amount' }], order, 'en', words).map((r) => [r.where.join(' › '), r.after])).toEqual([['fields › Order number › dateField', 'Amount (amount)']]);
    // A name leading with its id (a scorecard's grade, C · Average) is not followed by it again.
    const graded = { ...words, option: (_field: string, value: string) => `${value} · ${value === 'A' ? 'Excellent' : 'Average'}` };
    const [row] = diffRows([{ path: '/when/all/0/value/0', op: 'replace', from: 'C', to: 'A' }], flow, 'en', graded);
    expect([row?.before, row?.after]).toEqual(['C · Average', 'A · Excellent']);
  });

  it('says what an added or removed condition, or a branch, tests, and a replaced condition in words', () => {
    const flow = {
      nodes: [{ kind: 'branch', branches: [{ id: 'big', name: { en: 'Big', 'zh-CN': '大额' }, when: { all: [{ fact: 'grade', operator: 'equal', value: 'A' }, { fact: 'amount', operator: 'greaterThan', value: 500000 }] }, nodes: [] }] }],
    };
    const [branch] = flow.nodes[0]?.branches ?? [];
    const rows = diffRows(
      [
        { path: '/nodes/0/branches/0/when/all/1', op: 'add', to: { fact: 'amount', operator: 'greaterThan', value: 500000 } },
        { path: '/nodes/0/branches/0', op: 'add', to: branch, id: 'big' },
        { path: '/nodes/0/branches/1', op: 'remove', from: { id: 'small', name: { en: 'Small', 'zh-CN': '小额' }, when: { fact: 'amount', operator: 'lessThan', value: 1000 }, nodes: [] }, id: 'small' },
        { path: '/nodes/0/branches/0/when', op: 'replace', from: { fact: 'grade', operator: 'equal', value: 'B' }, to: branch?.when },
      ],
      flow,
      'en',
      words,
    );
    expect(rows.map((r) => [r.where.join(' › '), r.before, r.after])).toEqual([
      ['nodes › item 1 › branches › Big › When › all › Amount (amount)', undefined, 'Amount greaterThan 500000'],
      ['nodes › item 1 › branches › Big', undefined, 'all of 2'],
      ['nodes › item 1 › branches › Small', 'Amount lessThan 1000', undefined],
      ['nodes › item 1 › branches › Big › When', 'Grade equal "B"', 'all of 2'],
    ]);
  });

  it('says a comparison whose operator, value or field changed as the comparison before and after, once', () => {
    const rules = { rules: [{ id: 'r', name: { en: 'Empty grade', 'zh-CN': '无等级' }, conditions: { all: [{ fact: 'grade', operator: 'isEmpty', value: null }, { fact: 'salesperson', operator: 'equal', value: 'u1' }] } }] };
    const rows = diffRows(
      [
        { path: '/rules/0/conditions/all/0/operator', op: 'replace', from: 'equal', to: 'isEmpty' },
        { path: '/rules/0/conditions/all/0/value', op: 'replace', from: 'A', to: null },
        { path: '/rules/0/conditions/all/1/fact', op: 'replace', from: 'sales_owner', to: 'salesperson' },
        { path: '/rules/0/name/en', op: 'replace', from: 'A grade', to: 'Empty grade' },
      ],
      rules,
      'en',
      words,
    );
    expect(rows.map((r) => [r.op, r.where.join(' › '), r.before, r.after])).toEqual([
      ['replace', 'rules › Empty grade › conditions › all › Grade (grade)', 'Grade equal "A"', 'Grade isEmpty null'],
      ['replace', 'rules › Empty grade › conditions › all › Salesperson (salesperson)', 'Sales owner equal "u1"', 'Salesperson equal "u1"'],
      ['replace', 'rules › Empty grade › Name › English', 'A grade', 'Empty grade'],
    ]);
    // A new operator with items of its list changed: the list before is the one it had.
    const operatorFrom = (from: string, to: string) => ({ path: '/rules/0/conditions/all/0/operator', op: 'replace' as const, from, to });
    const listed = { rules: [{ id: 'r', name: { en: 'Grades', 'zh-CN': '等级' }, conditions: { all: [{ fact: 'grade', operator: 'notIn', value: ['A', 'C', 'E'] }] } }] };
    const grown = diffRows([operatorFrom('in', 'notIn'), { path: '/rules/0/conditions/all/0/value/1', op: 'replace', from: 'B', to: 'C' }, { path: '/rules/0/conditions/all/0/value/2', op: 'add', to: 'E' }], listed, 'en', words);
    expect(grown.map((r) => [r.where.join(' › '), r.before, r.after])).toEqual([['rules › Grades › conditions › all › Grade (grade)', 'Grade in ["A","B"]', 'Grade notIn ["A","C","E"]']]);
    const shrunk = diffRows(
      [
        { path: '/rules/0/conditions/all/0/value/0', op: 'replace', from: 'B', to: 'A' },
        operatorFrom('in', 'notIn'),
        { path: '/rules/0/conditions/all/0/value/4', op: 'remove', from: 'D' },
        { path: '/rules/0/conditions/all/0/value/3', op: 'remove', from: 'F' },
      ],
      listed,
      'en',
      words,
    );
    expect(shrunk.map((r) => [r.where.join(' › '), r.before, r.after])).toEqual([['rules › Grades › conditions › all › Grade (grade)', 'Grade in ["B","C","E","F","D"]', 'Grade notIn ["A","C","E"]']]);
    // A new operator with another field compared with: the field it was compared with before.
    const compared = { rules: [{ id: 'r', name: { en: 'Over', 'zh-CN': '超出' }, conditions: { all: [{ fact: 'amount', operator: 'lessThan', value: { fact: 'approved_amount' } }] } }] };
    const refield = diffRows([operatorFrom('greaterThan', 'lessThan'), { path: '/rules/0/conditions/all/0/value/fact', op: 'replace', from: 'credit_limit', to: 'approved_amount' }], compared, 'en', words);
    expect(refield.map((r) => [r.before, r.after])).toEqual([['Amount greaterThan {"fact":"credit_limit"}', 'Amount lessThan {"fact":"approved_amount"}']]);
    // A new value alone is said as before, by its field's words.
    const value = diffRows([{ path: '/rules/0/conditions/all/1/value', op: 'replace', from: 'u2', to: 'u1' }], rules, 'en', words);
    expect(value.map((r) => [r.where.join(' › '), r.before, r.after])).toEqual([['rules › Empty grade › conditions › all › Salesperson (salesperson) › value', 'u2', 'u1']]);
  });

  it('says a field made required or optional as a change from or to no, not as an added or removed property', () => {
    const form = { fields: [{ id: 'grade', label: { en: 'Grade', 'zh-CN': '等级' }, required: true }, { id: 'amount', label: { en: 'Amount', 'zh-CN': '金额' } }] };
    const rows = diffRows([{ path: '/fields/0/required', op: 'add', to: true }, { path: '/fields/1/required', op: 'remove', from: true }, { path: '/fields/0/required', op: 'add', to: false }, { path: '/fields/1/decimals', op: 'add', to: 2 }], form, 'en', words);
    expect(rows.map((r) => [r.op, r.where.join(' › '), r.before, r.after])).toEqual([
      ['replace', 'fields › Grade › required', 'No', 'Yes'],
      ['replace', 'fields › Amount › required', 'Yes', 'No'],
      ['add', 'fields › Amount › decimals', undefined, '2'],
    ]);
  });

  it('says values in a few words', () => {
    expect(valueText(undefined, 'en', words)).toBe('—');
    expect(valueText([1, 2, 3], 'en', words)).toBe('3 items');
    expect(valueText({ en: 'Good', 'zh-CN': '良好' }, 'zh-CN', words)).toBe('良好');
    expect(valueText(card.grades[0], 'en', words)).toBe('Excellent (A)');
    expect(valueText({ fact: 'grade', operator: 'equal', value: 'C' }, 'en', words)).toBe('Grade equal "C"');
    expect(valueText({ fact: 'grade', value: 'C' }, 'en', words)).toBe('{"fact":"grade","value":"C"}');
    expect(valueText('x'.repeat(100), 'en', words)).toHaveLength(80);
    expect(valueText(1234567.5, 'zh-CN', words)).toBe('1,234,567.5');
  });
});
