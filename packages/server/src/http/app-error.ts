/** @module AppError: the server's one error type, carrying its HTTP status; mapped once to problem JSON. */

/**
 * One thing to fix in a request, placed by a JSON Pointer into the request body.
 * The same shape as the engine's `Problem`, so validation problems pass through unchanged.
 */
export interface FieldProblem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly messageZh: string;
}

/** The statuses an AppError may carry; 500 is for failures that are the server's own. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 410 | 413 | 415 | 422 | 428 | 429 | 500 | 503;

/** Optional parts of an AppError. */
export interface AppErrorOptions {
  /** Field problems, each placed on its field by the client. */
  readonly problems?: readonly FieldProblem[];
  /** The message in Chinese; the English one is the Error's `message`. */
  readonly messageZh?: string;
  /** Trying the same request again may succeed (serialization failure, deadlock). */
  readonly retryable?: boolean;
  /** Details for logs and for code that catches the error; never sent to the client. */
  readonly meta?: Readonly<Record<string, string>>;
  readonly cause?: unknown;
}

/**
 * An error the client can act on: a stable `code` for programs, an HTTP `status`, a message
 * in English and Chinese saying how to fix it, and field problems when there are any.
 *
 * @example
 * throw new AppError('stale_revision', 409, 'The draft was saved by someone else: reload it.', {
 *   messageZh: '草稿已被他人保存，请重新加载。',
 * });
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly problems: readonly FieldProblem[];
  readonly messageZh: string | undefined;
  readonly retryable: boolean;
  readonly meta: Readonly<Record<string, string>>;

  constructor(
    readonly code: string,
    readonly status: ErrorStatus,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.problems = options.problems ?? [];
    this.messageZh = options.messageZh;
    this.retryable = options.retryable ?? false;
    this.meta = options.meta ?? {};
  }
}

/**
 * The request body (or query) has problems: 422 with every problem at once.
 *
 * @example
 * const problems = check(body);
 * if (problems.length > 0) throw validationFailed(problems);
 */
export function validationFailed(problems: readonly FieldProblem[]): AppError {
  const n = problems.length;
  return new AppError('validation_failed', 422, `The request has ${n} problem(s): fix them and send it again.`, {
    messageZh: `请求有 ${n} 处问题，请修正后重新提交。`,
    problems,
  });
}

/**
 * Nothing of that kind with that id for this tenant (also what another tenant's id gives).
 *
 * @example
 * throw notFound('record', id);
 */
export function notFound(what: string, id: string): AppError {
  return new AppError('not_found', 404, `No ${what} "${id}" exists here: check the id.`, {
    messageZh: `不存在 ${what} "${id}"，请检查 ID。`,
  });
}
