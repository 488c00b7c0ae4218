import { describe, expect, it } from 'vitest';
import { ownerDefaults, reachesRecord, rowProblems, rowScope } from './row-access.js';
import { formOf, label, where } from './test-kit.js';
import type { FormDefinition } from './types.js';

const customer: FormDefinition = {
  ...formOf([
    { id: 'company_name', type: 'text', label: label('Company name', '企业名称') },
    { id: 'sales_owner', type: 'user', label: label('Salesperson in charge', '负责业务员') },
    { id: 'buyer', type: 'user', label: label('Buyer', '采购员') },
  ]),
  rowAccess: [
    { role: 'salesperson', field: 'sales_owner' },
    { role: 'buyer', field: 'buyer' },
    { role: 'key_account', field: 'sales_owner' },
  ],
};

describe('rowScope', () => {
  it('reaches every record of a form without rules', () => {
    expect(rowScope(formOf([]), ['salesperson'])).toEqual({ all: true });
    expect(rowScope({ rowAccess: [] }, 'salesperson')).toEqual({ all: true });
  });

  it('holds a role with a rule to its field', () => {
    expect(rowScope(customer, 'salesperson')).toEqual({ all: false, fields: ['sales_owner'] });
  });

  it('reaches everything when any role of the user has no rule (the boss, an admin)', () => {
    expect(rowScope(customer, ['salesperson', 'admin'])).toEqual({ all: true });
    expect(rowScope(customer, ['finance_director'])).toEqual({ all: true });
  });

  it('unites the fields of several held roles, each once', () => {
    expect(rowScope(customer, ['salesperson', 'buyer', 'key_account'])).toEqual({ all: false, fields: ['sales_owner', 'buyer'] });
  });

  it('holds a user with no role to the rules, so they reach nothing', () => {
    expect(rowScope(customer, [])).toEqual({ all: false, fields: [] });
    expect(reachesRecord(rowScope(customer, []), { sales_owner: 'u1' }, 'u1')).toBe(false);
  });

  it('does not take inherited names for roles', () => {
    expect(rowScope(customer, ['constructor'])).toEqual({ all: true });
  });
});

describe('reachesRecord', () => {
  const scope = rowScope(customer, ['salesperson', 'buyer']);

  it('reaches a record when any rule field holds the user id', () => {
    expect(reachesRecord(scope, { sales_owner: 'u1' }, 'u1')).toBe(true);
    expect(reachesRecord(scope, { sales_owner: 'u2', buyer: 'u1' }, 'u1')).toBe(true);
  });

  it('does not reach records of others, empty ones, or a field only named like a prototype member', () => {
    expect(reachesRecord(scope, { sales_owner: 'u2' }, 'u1')).toBe(false);
    expect(reachesRecord(scope, {}, 'u1')).toBe(false);
    expect(reachesRecord({ all: false, fields: ['constructor'] }, {}, 'function Object() { [native code] }')).toBe(false);
  });

  it('reaches every record with an unrestricted scope', () => {
    expect(reachesRecord({ all: true }, {}, 'u1')).toBe(true);
  });
});

describe('ownerDefaults and rowProblems', () => {
  it('defaults each rule field to a held user, and nothing for others', () => {
    expect(ownerDefaults(customer, rowScope(customer, 'salesperson'), 'u1')).toEqual({ sales_owner: 'u1' });
    expect(ownerDefaults(customer, rowScope(customer, 'admin'), 'u1')).toEqual({});
  });

  it('refuses a record out of the writer’s reach at each rule field, in both languages', () => {
    const scope = rowScope(customer, ['salesperson', 'buyer']);
    const problems = rowProblems(customer, scope, { sales_owner: 'u2' }, 'u1');
    expect(where(problems)).toEqual(['/buyer row.owner', '/sales_owner row.owner']);
    expect(problems[0]?.message).toBe('"Salesperson in charge" must be you: you may only keep records you are in charge of. Leave it empty to take it yourself; to hand a record over, ask a manager.');
    expect(problems[0]?.messageZh).toContain('"负责业务员" 必须是您本人');
  });

  it('accepts a record in reach, and anything from an unrestricted writer', () => {
    expect(rowProblems(customer, rowScope(customer, 'salesperson'), { sales_owner: 'u1' }, 'u1')).toEqual([]);
    expect(rowProblems(customer, rowScope(customer, 'admin'), { sales_owner: 'u2' }, 'u1')).toEqual([]);
  });

  it('tells a user whose roles reach nothing so, at the record', () => {
    expect(where(rowProblems(customer, rowScope(customer, []), {}, 'u1'))).toEqual([' row.none']);
  });
});
