import { describe, expect, it } from 'vitest';
import { resolvePeople } from './resolve.js';
import { directory } from './test-fixtures.js';

const r = (record: Record<string, unknown> = {}, submitter: string | null = 'li') => ({ directory, record, submitter });

describe('resolvePeople', () => {
  it('resolves roles, users and user fields, in order, each once', () => {
    expect(resolvePeople([{ kind: 'role', role: 'salesperson' }, { kind: 'users', users: ['zhou', 'boss'] }, { kind: 'field', field: 'owner' }], r({ owner: 'li' }))).toEqual(['li', 'zhou', 'boss']);
  });

  it('walks up the manager chain', () => {
    expect(resolvePeople([{ kind: 'manager' }], r())).toEqual(['sun']);
    expect(resolvePeople([{ kind: 'manager', levels: 3 }], r())).toEqual(['boss']);
    expect(resolvePeople([{ kind: 'manager', levels: 4 }], r())).toEqual([]);
    expect(resolvePeople([{ kind: 'manager' }], r({}, null))).toEqual([]);
  });

  it('stops on a loop in the manager chain', () => {
    const loop = { ...directory, managers: { a: 'b', b: 'a' } };
    expect(resolvePeople([{ kind: 'manager', levels: 5 }], { directory: loop, record: {}, submitter: 'a' })).toEqual([]);
  });

  it('finds nobody for unknown roles, empty or non-text fields, and inherited keys', () => {
    expect(resolvePeople([{ kind: 'role', role: 'constructor' }, { kind: 'role', role: 'nope' }, { kind: 'field', field: 'x' }, { kind: 'field', field: 'n' }, { kind: 'field', field: 'e' }], r({ n: 5, e: '' }))).toEqual([]);
  });
});
