import { describe, expect, it } from 'vitest';
import type { UserSummary } from '../renderer/index.js';
import { managerChoices, newPerson, personChange } from './changes.js';

const person = (id: string, managerId: string | null = null, active = true): UserSummary => ({ id, email: `${id}@example.com`, displayName: id.toUpperCase(), active, roles: ['salesperson'], managerId });

describe('the people form', () => {
  it('sends a new person trimmed, with no manager unless one is chosen', () => {
    expect(newPerson({ displayName: ' 周杰 ', email: ' zhou@example.com', password: ' long-enough-1', roles: ['salesperson'] })).toEqual({
      displayName: '周杰', email: 'zhou@example.com', password: ' long-enough-1', roles: ['salesperson'], managerId: null,
    });
  });

  it('sends only what changed: nothing for an unchanged form, a password only when typed', () => {
    const zhou = person('zhou', 'sun');
    const same = { displayName: 'ZHOU', email: 'zhou@example.com', password: '', roles: ['salesperson'], managerId: 'sun', active: true };
    expect(personChange(zhou, same)).toEqual({});
    expect(personChange(zhou, { ...same, roles: ['sales_manager', 'salesperson'] })).toEqual({ roles: ['sales_manager', 'salesperson'] });
    expect(personChange(zhou, { ...same, roles: ['legal'] })).toEqual({ roles: ['legal'] });
    expect(personChange(zhou, { ...same, managerId: undefined })).toEqual({ managerId: null });
    expect(personChange(zhou, { ...same, displayName: ' 周杰 ', password: 'new-password-1', active: false })).toEqual({ details: { displayName: '周杰', password: 'new-password-1', active: false } });
  });

  it('offers as managers the other active people, none of those under the person', () => {
    const users = [person('boss'), person('sun', 'boss'), person('zhou', 'sun'), person('wu', 'zhou'), person('gone', null, false), person('li')];
    expect(managerChoices(users, users[2]).map((u) => u.id)).toEqual(['boss', 'sun', 'li']);
    expect(managerChoices(users, users[0]).map((u) => u.id)).toEqual(['li']);
    expect(managerChoices(users, undefined).map((u) => u.id)).toEqual(['boss', 'sun', 'zhou', 'wu', 'li']);
    expect(managerChoices([...users, person('new', 'gone')], person('new', 'gone')).map((u) => u.id)).toEqual(['boss', 'sun', 'zhou', 'wu', 'gone', 'li']);
  });
});
