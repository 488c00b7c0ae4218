/** @module Errors as RFC 9457 problem JSON (`application/problem+json`), built in one place. */
import { HTTPException } from 'hono/http-exception';
import { AppError } from './app-error.js';
import type { ErrorStatus, FieldProblem } from './app-error.js';
import type { JsonSchema } from './schema-check.js';

/** The media type of every error response. */
export const PROBLEM_TYPE = 'application/problem+json';

/** The body of an error response. */
export interface ProblemDocument {
  /** `urn:heng:problem:<code>`: one per code, stable. */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly detailZh?: string;
  /** The request path the problem occurred at. */
  readonly instance: string;
  readonly code: string;
  readonly problems: readonly FieldProblem[];
  readonly retryable?: true;
  readonly requestId: string;
}

const titles: Readonly<Record<ErrorStatus, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 410: 'Gone', 413: 'Content Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content',
  428: 'Precondition Required', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

const codeOfStatus: Readonly<Record<ErrorStatus, string>> = {
  400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed',
  409: 'conflict', 410: 'gone', 413: 'payload_too_large', 415: 'unsupported_media_type', 422: 'unprocessable',
  428: 'precondition_required', 429: 'too_many_requests', 500: 'internal', 503: 'unavailable',
};

/** Whatever was thrown, as the AppError the client is shown; anything unknown is a bare 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException && error.status in titles) {
    const status = error.status as ErrorStatus;
    return new AppError(codeOfStatus[status], status, error.message === '' ? titles[status] : error.message, { cause: error });
  }
  return new AppError('internal', 500, 'Something went wrong on the server. It has been logged: quote the request id when you report it.', {
    messageZh: '服务器出错，已记录。报告问题时请提供请求 ID。',
    cause: error,
  });
}

/**
 * The problem document for an error. Only what the AppError carries for the client goes in:
 * never a stack, a SQL text or a cause.
 *
 * @example
 * problemDocument(new AppError('duplicate', 409, 'Email in use.'), '/api/users', 'req-1')
 */
export function problemDocument(error: AppError, instance: string, requestId: string): ProblemDocument {
  return {
    type: `urn:heng:problem:${error.code}`,
    title: titles[error.status],
    status: error.status,
    detail: error.message,
    ...(error.messageZh === undefined ? {} : { detailZh: error.messageZh }),
    instance,
    code: error.code,
    problems: error.problems,
    ...(error.retryable ? { retryable: true as const } : {}),
    requestId,
  };
}

/** JSON Schema of a problem document, for the OpenAPI description. */
export const problemSchema: JsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code', 'problems', 'requestId'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    detailZh: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string' },
    problems: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'code', 'message', 'messageZh'],
        properties: { path: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' }, messageZh: { type: 'string' } },
      },
    },
    retryable: { type: 'boolean' },
    requestId: { type: 'string' },
  },
};
