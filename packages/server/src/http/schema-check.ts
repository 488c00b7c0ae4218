/** @module Request bodies checked against the JSON Schemas routes declare, giving field problems. */
import { schemaChecker } from '@heng/engine';
import type { FieldProblem } from './app-error.js';

/** A JSON Schema (2020-12), as routes declare their bodies and responses. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** Checks one input; returns every problem at once, none when it is valid. */
export type SchemaCheck = (input: unknown) => readonly FieldProblem[];

/** Turns a schema into a check, once per route at start-up. */
export type SchemaCompiler = (schema: JsonSchema) => SchemaCheck;

/**
 * The engine's checker (ajv 2020, strict, every error at once, refusing absurd nesting), so a
 * request body and a definition get the same messages that say how to fix them, in both languages.
 *
 * @example
 * const check = compileSchema({ type: 'object', required: ['name'] });
 * check({}) // [{ path: '/name', code: 'schema.required', ... }]
 */
export const compileSchema: SchemaCompiler = schemaChecker;

/**
 * The schema of a list answer, `{ items: [...] }`, each item matching `item`.
 *
 * @example
 * itemsSchema(taskSchema) // { type: 'object', required: ['items'], properties: { items: { type: 'array', items: taskSchema } } }
 */
export const itemsSchema = <T extends JsonSchema>(item: T) => ({ type: 'object', required: ['items'], properties: { items: { type: 'array', items: item } } }) as const;
