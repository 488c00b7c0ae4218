/** @module The HTTP core: createApp, AppError, routes with OpenAPI, problem JSON, clock and logger. */
export { createApp, API_INFO } from './app.js';
export type { ApiMiddleware, AppDeps, ResolvedDeps, RouteModule } from './app.js';
export { AppError, notFound, validationFailed } from './app-error.js';
export type { AppErrorOptions, ErrorStatus, FieldProblem } from './app-error.js';
export { systemClock } from './clock.js';
export type { Clock } from './clock.js';
export { errorFields, jsonLogger } from './logger.js';
export type { JsonLoggerOptions, LogLevel, Logger } from './logger.js';
export { REQUEST_ID_HEADER } from './middleware.js';
export { OpenApiRegistry, openApiPath } from './openapi.js';
export type { Method, QuerySpec, ResponseSpec, RouteSpec } from './openapi.js';
export { PROBLEM_TYPE, problemDocument, problemSchema, toAppError } from './problem.js';
export type { ProblemDocument } from './problem.js';
export type { RouteHandler, RouteInput, Routes } from './routes.js';
export { compileSchema } from './schema-check.js';
export type { JsonSchema, SchemaCheck, SchemaCompiler } from './schema-check.js';
