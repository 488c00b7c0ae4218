/** @module Middleware every request passes: a request id, and one log line when it is done. */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from './logger.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** The request's id: the caller's `X-Request-Id` when usable, else a new one. */
    requestId: string;
  }
}

/** The header that carries the request id both ways. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

// Callers' ids end up in logs: accept only short plain tokens, so none can forge a log line.
const usableId = /^[A-Za-z0-9._:-]{1,128}$/;

/** Gives each request an id, echoed in the response header and in problem documents. */
export function requestId(): MiddlewareHandler {
  return async (c, next) => {
    const given = c.req.header(REQUEST_ID_HEADER);
    const id = given !== undefined && usableId.test(given) ? given : randomUUID();
    c.set('requestId', id);
    await next();
    c.header(REQUEST_ID_HEADER, id);
  };
}

/** Writes one line per request: method, path (without the query), status, ms, requestId. */
export function accessLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.log(c.res.status >= 500 ? 'error' : 'info', 'request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId: c.get('requestId'),
    });
  };
}
