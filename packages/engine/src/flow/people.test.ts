import { describe, expect, it } from 'vitest';
import { schemaChecker } from '../core/ajv.js';
import { approverSpecSchema, checkPeople } from './people.js';
import { creditFields, ROLES } from './test-fixtures.js';

const env = { roles: new Set(ROLES), fields: creditFields };

describe('approver lists', () => {
  it('check each kind against its own schema', () => {
    const check = schemaChecker(approverSpecSchema);
    expect(check({ kind: 'role', role: 'boss' })).toEqual([]);
    expect(check({ kind: 'manager', levels: 2 })).toEqual([]);
    expect(check({ kind: 'manager', levels: 0 }).map((p) => p.path)).toEqual(['/levels']);
    expect(check({ kind: 'role', users: ['x'] }).map((p) => p.code).sort()).toEqual(['schema.additionalProperties', 'schema.required']);
    expect(check({ kind: 'team' }).map((p) => p.code)).toEqual(['schema.enum']);
  });

  it('accept known roles, named users, user fields and managers', () => {
    expect(checkPeople([{ kind: 'role', role: 'legal' }, { kind: 'users', users: ['a'] }, { kind: 'field', field: 'salesperson' }, { kind: 'manager' }], '/x', env)).toEqual([]);
  });

  it('skip field checks when the form is unknown', () => {
    expect(checkPeople([{ kind: 'field', field: 'whatever' }], '/x', { roles: new Set() })).toEqual([]);
  });

  it('say which user fields exist when a field is not one', () => {
    const [p] = checkPeople([{ kind: 'field', field: 'amount' }], '/x', env);
    expect(p).toMatchObject({ path: '/x/0/field', code: 'flow.field.not_user' });
    expect(p?.message).toBe('Field "amount" is a money field; approvers come from user fields only. User fields: salesperson.');
  });
});
