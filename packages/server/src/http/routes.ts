/** @module Adding a route: documented in OpenAPI, body limited, JSON only, body checked, in one call. */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError, validationFailed } from './app-error.js';
import type { OpenApiRegistry, RouteSpec } from './openapi.js';
import type { SchemaCompiler } from './schema-check.js';

/** What a handler receives beside the context: the body, parsed and checked against its schema. */
export interface RouteInput<B> {
  readonly body: B;
}

/** A route's handler. Throw an AppError to answer with a problem. */
export type RouteHandler<B> = (c: Context, input: RouteInput<B>) => Response | Promise<Response>;

/** Where route modules add their routes. */
export interface Routes {
  /**
   * Adds a route. `B` is the type the body schema describes (the schema is the check; the
   * type is the route author's promise that the two agree).
   *
   * @example
   * routes.add<{ name: string }>(
   *   { method: 'post', path: '/api/roles', operationId: 'createRole', summary: 'Create a role',
   *     body: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
   *     responses: { 201: { description: 'Created' } } },
   *   async (c, { body }) => c.json({ name: body.name }, 201),
   * );
   */
  add<B = undefined>(spec: RouteSpec, handler: RouteHandler<B>): void;
}

/** What {@link routesOn} needs. */
export interface RoutesOptions {
  readonly registry: OpenApiRegistry;
  readonly compileSchema: SchemaCompiler;
  /** Default largest body, in bytes. */
  readonly bodyLimit: number;
}

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Whether a write carries a body. Over HTTP/1.1 a request framed with neither Content-Length nor
 * Transfer-Encoding has none (RFC 9112 §6.3), though Node hands every write one, an empty stream:
 * a browser's bodiless DELETE, or curl's `-X POST` with no data. A request made in-process
 * (`app.request`) has no framing to read: its body is whatever it was given.
 */
function hasBody(c: Context): boolean {
  const request = c.req.raw;
  if (request.body === null || request.headers.get('content-length') === '0') return false;
  const incoming = (c.env as { incoming?: { httpVersionMajor?: number } } | undefined)?.incoming;
  return incoming?.httpVersionMajor !== 1 || request.headers.has('content-length') || request.headers.has('transfer-encoding');
}

function onlyMediaTypes(accepts: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (hasBody(c)) {
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!accepts.includes(type)) {
        const got = type === '' ? 'no Content-Type' : type;
        throw new AppError('unsupported_media_type', 415, `Send the body as ${accepts.join(' or ')} (got ${got}).`, {
          messageZh: `请求体应为 ${accepts.join(' 或 ')}（收到的是 ${got}）。`,
        });
      }
    }
    await next();
  };
}

function tooLarge(limit: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: limit,
    onError: () => {
      throw new AppError('payload_too_large', 413, `The body is larger than ${limit} bytes: send less at once.`, {
        messageZh: `请求体超过 ${limit} 字节，请分批提交。`,
      });
    },
  });
}

async function jsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') {
    throw new AppError('body_required', 400, 'This request needs a JSON body.', { messageZh: '此请求需要 JSON 请求体。' });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('malformed_json', 400, 'The body is not valid JSON: check its brackets, quotes and commas.', {
      messageZh: '请求体不是有效的 JSON，请检查括号、引号和逗号。',
    });
  }
}

/**
 * The Routes of an app: each route is added to the registry (so OpenAPI describes it) and to
 * Hono, behind a media-type check and a body limit when it is a write.
 */
export function routesOn(app: Hono, options: RoutesOptions): Routes {
  return {
    add: <B>(spec: RouteSpec, handler: RouteHandler<B>) => {
      options.registry.add(spec);
      const check = spec.body === undefined ? undefined : options.compileSchema(spec.body);
      const guards = WRITES.has(spec.method) ? [onlyMediaTypes(spec.accepts ?? ['application/json']), tooLarge(spec.bodyLimit ?? options.bodyLimit)] : [];
      const run: MiddlewareHandler = async (c) => {
        if (check === undefined) return handler(c, { body: undefined as B });
        const body = await jsonBody(c);
        const problems = check(body);
        if (problems.length > 0) throw validationFailed(problems);
        return handler(c, { body: body as B });
      };
      app.on(spec.method.toUpperCase(), [spec.path], ...guards, run);
    },
  };
}
