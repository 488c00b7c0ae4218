/** @module createApp: the Hono app with its middleware, error mapping, health and OpenAPI routes. */
import { Hono } from 'hono';
import type { Context, MiddlewareHandler } from 'hono';
import type { Db } from '../db/port.js';
import { loadMigrations } from '../migrations/runner.js';
import type { Migration } from '../migrations/runner.js';
import { AppError } from './app-error.js';
import type { Clock } from './clock.js';
import { healthRoutes } from './health.js';
import { errorFields, jsonLogger } from './logger.js';
import type { Logger } from './logger.js';
import { accessLog, requestId } from './middleware.js';
import { OpenApiRegistry } from './openapi.js';
import { PROBLEM_TYPE, problemDocument, toAppError } from './problem.js';
import { routesOn } from './routes.js';
import type { Routes } from './routes.js';
import { compileSchema } from './schema-check.js';
import type { SchemaCompiler } from './schema-check.js';

/** What the app is built from. Everything with state or time comes in here. */
export interface AppDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly logger?: Logger;
  /** Default largest request body in bytes (1 MiB unless given). */
  readonly bodyLimit?: number;
  /** Turns body schemas into checks; the engine's checker (`compileSchema`) unless given. */
  readonly compileSchema?: SchemaCompiler;
  /** The migrations readiness waits for; the ones in src/migrations unless given. */
  readonly migrations?: readonly Migration[];
  /** Middleware every /api request passes before any module's route (auth's `authenticate`, which lets public routes through itself). */
  readonly apiMiddleware?: readonly ApiMiddleware[];
}

/** The deps with every default filled in, as route modules receive them. */
export type ResolvedDeps = Required<AppDeps>;

/** Middleware made from the app's deps, run before every route of every module. */
export type ApiMiddleware = (deps: ResolvedDeps) => MiddlewareHandler;

/** A feature's routes: `(routes, deps) => { routes.add(...) }`. */
export type RouteModule = (routes: Routes, deps: ResolvedDeps) => void;

/** The title and version the OpenAPI document gives. */
export const API_INFO = { title: 'Heng API', version: '0.1.0' } as const;

function problemResponse(c: Context, error: AppError): Response {
  const doc = problemDocument(error, c.req.path, c.get('requestId'));
  return c.body(JSON.stringify(doc), error.status, { 'Content-Type': PROBLEM_TYPE });
}

function noRoute(method: string, path: string, allowed: readonly string[]): AppError {
  if (allowed.length === 0) {
    return new AppError('not_found', 404, `There is no ${method} ${path}: check the path in /api/openapi.json.`, {
      messageZh: `不存在 ${method} ${path}，请对照 /api/openapi.json 检查路径。`,
    });
  }
  return new AppError('method_not_allowed', 405, `${path} takes ${allowed.join(', ')}, not ${method}.`, {
    messageZh: `${path} 只接受 ${allowed.join('、')}，不接受 ${method}。`,
  });
}

/**
 * Builds the app: request ids, one log line per request, every error mapped here and only
 * here to problem JSON, 404 and 405 as problems, then the routes of each module. Modules add routes
 * through `routes.add`, which also documents them in /api/openapi.json.
 *
 * @example
 * const app = createApp({ db, clock: systemClock }, [userRoutes, recordRoutes]);
 * const res = await app.request('/api/health');
 */
export function createApp(deps: AppDeps, modules: readonly RouteModule[] = []): Hono {
  const resolved: ResolvedDeps = {
    db: deps.db,
    clock: deps.clock,
    logger: deps.logger ?? jsonLogger({ clock: deps.clock }),
    bodyLimit: deps.bodyLimit ?? 1024 * 1024,
    compileSchema: deps.compileSchema ?? compileSchema,
    migrations: deps.migrations ?? loadMigrations(),
    apiMiddleware: deps.apiMiddleware ?? [],
  };
  const app = new Hono();
  app.use(requestId(), accessLog(resolved.logger));
  for (const make of resolved.apiMiddleware) app.use('/api/*', make(resolved));
  app.onError((error, c) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      resolved.logger.log('error', 'request failed', { requestId: c.get('requestId'), code: appError.code, ...errorFields(error) });
    }
    return problemResponse(c, appError);
  });

  const registry = new OpenApiRegistry();
  app.notFound((c) => {
    const allowed = registry.methodsFor(c.req.path).map((m) => m.toUpperCase());
    if (allowed.length > 0) c.header('Allow', allowed.join(', '));
    return problemResponse(c, noRoute(c.req.method, c.req.path, allowed));
  });
  const routes = routesOn(app, { registry, compileSchema: resolved.compileSchema, bodyLimit: resolved.bodyLimit });
  healthRoutes(routes, resolved);
  routes.add(
    { method: 'get', path: '/api/openapi.json', operationId: 'openapi', summary: 'This description of the API', tags: ['system'], responses: { 200: { description: 'OpenAPI 3.1 document' } } },
    (c) => c.json(registry.document(API_INFO)),
  );
  for (const module of modules) module(routes, resolved);
  return app;
}
