/** @module The OpenAPI registry: every route declares itself, and /api/openapi.json describes them all. */
import { PROBLEM_TYPE, problemSchema } from './problem.js';
import type { JsonSchema } from './schema-check.js';

/** The HTTP methods routes use. */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One documented response. */
export interface ResponseSpec {
  readonly description: string;
  readonly schema?: JsonSchema;
  /** `application/json` unless given (e.g. `text/csv`, `text/event-stream`). */
  readonly contentType?: string;
}

/** One query parameter. */
export interface QuerySpec {
  readonly schema: JsonSchema;
  readonly description?: string;
  readonly required?: boolean;
}

/** What a route declares about itself: enough for the OpenAPI document and for body checks. */
export interface RouteSpec {
  readonly method: Method;
  /** Hono's path syntax: `/api/records/:recordId`. */
  readonly path: string;
  /** Unique over the API, camelCase: `listRecords`. */
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly query?: Readonly<Record<string, QuerySpec>>;
  /** The JSON body's schema; the body is checked against it before the handler runs. */
  readonly body?: JsonSchema;
  /** Media types accepted for the body; JSON unless given. */
  readonly accepts?: readonly string[];
  /** Largest body in bytes; the app's limit unless given. */
  readonly bodyLimit?: number;
  /** Successful responses by status; error responses are documented as problems for every route. */
  readonly responses: Readonly<Record<number, ResponseSpec>>;
}

/** `/api/records/:recordId{[0-9]+}` → `/api/records/{recordId}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?\??/g, '{$1}');
}

/** Paths that differ only in parameter names are the same route. */
const routeShape = (path: string): string => openApiPath(path).replace(/\{[^}]+\}/g, '{}');

function pathPattern(path: string): RegExp {
  const parts = openApiPath(path)
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^/]+')}$`);
}

function pathParams(path: string): string[] {
  return [...openApiPath(path).matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] ?? '');
}

function content(type: string, schema: JsonSchema | undefined): Record<string, unknown> {
  return { [type]: schema === undefined ? {} : { schema } };
}

function operation(spec: RouteSpec): Record<string, unknown> {
  const parameters = [
    ...pathParams(spec.path).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    ...Object.entries(spec.query ?? {}).map(([name, q]) => ({ name, in: 'query', required: q.required ?? false, schema: q.schema, ...(q.description === undefined ? {} : { description: q.description }) })),
  ];
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(spec.responses)) {
    responses[status] = { description: r.description, content: content(r.contentType ?? 'application/json', r.schema) };
  }
  responses.default = { description: 'A problem (RFC 9457)', content: content(PROBLEM_TYPE, { $ref: '#/components/schemas/Problem' }) };
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    ...(spec.tags === undefined ? {} : { tags: [...spec.tags] }),
    ...(parameters.length === 0 ? {} : { parameters }),
    ...(spec.body === undefined ? {} : { requestBody: { required: true, content: content((spec.accepts ?? ['application/json'])[0] ?? 'application/json', spec.body) } }),
    responses,
  };
}

/**
 * Collects route specs. A second route with the same method and path, or the same
 * operationId, is a programming error found at start-up.
 */
export class OpenApiRegistry {
  readonly #routes: RouteSpec[] = [];

  add(spec: RouteSpec): void {
    const clash = this.#routes.find(
      (r) => r.operationId === spec.operationId || (r.method === spec.method && routeShape(r.path) === routeShape(spec.path)),
    );
    if (clash !== undefined) throw new Error(`Route ${spec.method.toUpperCase()} ${spec.path} (${spec.operationId}) clashes with ${clash.method.toUpperCase()} ${clash.path} (${clash.operationId}).`);
    this.#routes.push(spec);
  }

  get routes(): readonly RouteSpec[] {
    return this.#routes;
  }

  /** The methods of the routes whose path matches `path`, for a 405's `Allow` header. */
  methodsFor(path: string): Method[] {
    return this.#routes.filter((r) => pathPattern(r.path).test(path)).map((r) => r.method);
  }

  /** The OpenAPI 3.1 document of every route added so far. */
  document(info: { title: string; version: string }): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const spec of this.#routes) {
      const path = openApiPath(spec.path);
      paths[path] = { ...paths[path], [spec.method]: operation(spec) };
    }
    return { openapi: '3.1.0', info, paths, components: { schemas: { Problem: problemSchema } } };
  }
}
