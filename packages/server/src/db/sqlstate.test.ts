import { describe, expect, it } from 'vitest';
import { AppError } from '../http/app-error.js';
import { mapDbError, sqlStateOf } from './sqlstate.js';

describe('mapDbError', () => {
  it('reads the SQLSTATE only, never the message', () => {
    const error = mapDbError({ code: '23505', message: 'anything at all', constraint_name: 'users_email_key', table_name: 'users' });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'duplicate', status: 409, meta: { sqlState: '23505', constraint: 'users_email_key', table: 'users' } });
    expect(mapDbError({ code: 'XX000', message: 'duplicate key value violates unique constraint' })).not.toBeInstanceOf(AppError);
  });

  it('leaves errors that carry no SQLSTATE alone', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(sqlStateOf(refused)).toBeUndefined();
    expect(mapDbError(refused)).toBe(refused);
    const already = new AppError('x', 400, 'x');
    expect(mapDbError(already)).toBe(already);
  });
});
