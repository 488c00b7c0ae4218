import { describe, expect, it } from 'vitest';
import type { UserSummary } from '../renderer/index.js';
import { directoryOf } from './simulator-people.js';

const user = (id: string, roles: string[], managerId: string | null = null, active = true): UserSummary => ({ id, email: `${id}@example.com`, displayName: id.toUpperCase(), active, roles, managerId });

describe('directoryOf', () => {
  it('gathers who holds each role, each manager and the admins, as the server routes a submission', () => {
    const users = [user('zhou', ['salesperson'], 'sun'), user('sun', ['sales_manager'], 'boss'), user('boss', ['admin', 'boss']), user('li', ['salesperson'], 'sun')];
    expect(directoryOf(users)).toEqual({
      roles: { admin: ['boss'], boss: ['boss'], salesperson: ['li', 'zhou'], sales_manager: ['sun'] },
      managers: { li: 'sun', sun: 'boss', zhou: 'sun' },
      admins: ['boss'],
    });
  });

  it('leaves out inactive users, as holders and as managers', () => {
    const users = [user('zhou', ['salesperson'], 'gone'), user('gone', ['sales_manager', 'admin'], null, false)];
    expect(directoryOf(users)).toEqual({ roles: { salesperson: ['zhou'] }, managers: {}, admins: [] });
  });
});
