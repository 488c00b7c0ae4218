import { describe, it, expect } from 'vitest';
import { schemaChecker } from '../core/ajv.js';
import { creditRuleSets } from './fixtures/credit-rules.js';
import { ruleSetSchema } from './schema.js';
import { rule, ruleSet } from './test-kit.js';

const check = schemaChecker(ruleSetSchema);
const at = (input: unknown) => check(input).map((p) => `${p.path} ${p.code}`);

describe('ruleSetSchema', () => {
  it('admits the credit template\'s rule sets', () => {
    for (const def of creditRuleSets) expect(check(def)).toEqual([]);
  });

  it('wants priorities json-rules-engine accepts: whole numbers from 1', () => {
    expect(at(ruleSet({ rules: [rule({ priority: 0 })] }))).toEqual(['/rules/0/priority schema.minimum']);
    expect(at(ruleSet({ rules: [rule({ priority: 1.5 })] }))).toEqual(['/rules/0/priority schema.type']);
  });

  it('embeds the condition schema, so a broken condition is reported where it is', () => {
    expect(at(ruleSet({ rules: [rule({ conditions: { all: [{ fact: 'amount', operator: 'greater' as never, value: 1 }] } })] }))).toEqual(['/rules/0/conditions/all/0/operator schema.enum']);
  });

  it('admits a manager recipient with a role to fall back on, and nothing else beside it', () => {
    const task = (assignee: unknown) => ruleSet({ rules: [rule({ actions: [{ kind: 'create_task', id: 't', assignee, dueInDays: 3, title: { 'zh-CN': '督办', en: 'Chase' } } as never] })] });
    expect(at(task({ managerOf: 'salesperson', orRole: 'sales_manager' }))).toEqual([]);
    expect(at(task({ managerOf: 'salesperson', levels: 2 }))).toEqual(['/rules/0/actions/0/assignee/levels schema.additionalProperties']);
  });

  it('wants at least one rule and one action per rule', () => {
    expect(at(ruleSet({ rules: [rule({ actions: [] })] }))).toEqual(['/rules/0/actions schema.minItems']);
  });
});
