/** @module Database errors mapped to AppError by SQLSTATE, never by message text. */
import { AppError } from '../http/app-error.js';
import type { ErrorStatus } from '../http/app-error.js';

interface Mapping {
  readonly code: string;
  readonly status: ErrorStatus;
  readonly en: string;
  readonly zh: string;
  readonly retryable?: boolean;
}

const invalidValue: Mapping = {
  code: 'invalid_value',
  status: 400,
  en: 'A value has the wrong format or is out of range: check the values sent.',
  zh: '有值的格式不正确或超出范围，请检查提交的值。',
};

const concurrentChange: Mapping = {
  code: 'concurrent_change',
  status: 409,
  en: 'Someone else changed the same data at the same moment: try again.',
  zh: '他人同时修改了相同的数据，请重试。',
  retryable: true,
};

/** SQLSTATE → what the client is told. Codes not listed stay server errors (500). */
const bySqlState: Readonly<Record<string, Mapping>> = {
  '23505': {
    code: 'duplicate',
    status: 409,
    en: 'Something with the same key already exists: choose another value.',
    zh: '已存在相同键的数据，请换一个值。',
  },
  '23503': {
    code: 'reference_conflict',
    status: 409,
    en: 'This refers to something that does not exist, or is still referred to by other data.',
    zh: '引用的数据不存在，或仍被其他数据引用。',
  },
  '23514': {
    code: 'check_failed',
    status: 422,
    en: 'A value breaks a rule of the data (for example a status that does not exist).',
    zh: '有值不符合数据规则（例如不存在的状态）。',
  },
  '23502': {
    code: 'missing_value',
    status: 422,
    en: 'A required value is missing.',
    zh: '缺少必填的值。',
  },
  '22P02': invalidValue,
  '22P05': invalidValue,
  '22003': invalidValue,
  '22001': invalidValue,
  '22021': invalidValue,
  '22007': invalidValue,
  '22008': invalidValue,
  '40001': concurrentChange,
  '40P01': concurrentChange,
  '55P03': concurrentChange,
  '42501': {
    code: 'forbidden',
    status: 403,
    en: 'This is not allowed for your company or role.',
    zh: '您的企业或角色无权执行此操作。',
  },
  '57014': {
    code: 'timeout',
    status: 503,
    en: 'The database took too long: try again later.',
    zh: '数据库响应超时，请稍后重试。',
    retryable: true,
  },
};

const fieldNames: Readonly<Record<string, readonly string[]>> = {
  constraint: ['constraint', 'constraint_name'],
  table: ['table', 'table_name'],
  column: ['column', 'column_name'],
};

/** The SQLSTATE of a driver error (PGlite's `DatabaseError` or postgres' `PostgresError`). */
export function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * The AppError for a database error, or the error itself when its SQLSTATE is not mapped
 * (it then ends as a 500). Constraint, table and column names go to `meta`, for logs and for
 * code that wants to say which field clashed; they are never sent to the client.
 *
 * @example
 * try { await pg.query(sql, params); } catch (e) { throw mapDbError(e); }
 */
export function mapDbError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const sqlState = sqlStateOf(error);
  const m = sqlState === undefined ? undefined : bySqlState[sqlState];
  if (sqlState === undefined || m === undefined) return error;
  const meta: Record<string, string> = { sqlState };
  for (const [key, names] of Object.entries(fieldNames)) {
    const value = names.map((n) => (error as Record<string, unknown>)[n]).find((v) => typeof v === 'string');
    if (typeof value === 'string') meta[key] = value;
  }
  return new AppError(m.code, m.status, m.en, { messageZh: m.zh, retryable: m.retryable ?? false, meta, cause: error });
}
