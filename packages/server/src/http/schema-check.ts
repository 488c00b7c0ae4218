/** @module Request bodies checked against the JSON Schemas routes declare, giving field problems. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import type { FieldProblem } from './app-error.js';

/** A JSON Schema (2020-12), as routes declare their bodies and responses. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** Checks one input; returns every problem at once, none when it is valid. */
export type SchemaCheck = (input: unknown) => readonly FieldProblem[];

/**
 * Turns a schema into a check, once per route at start-up. The engine's `schemaChecker`
 * has this shape and gives better bilingual messages: pass it as `compileSchema` to createApp.
 */
export type SchemaCompiler = (schema: JsonSchema) => SchemaCheck;

const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });

const escapeToken = (token: string): string => token.replaceAll('~', '~0').replaceAll('/', '~1');

function toProblem(e: ErrorObject): FieldProblem {
  const params = e.params as Record<string, unknown>;
  const code = `schema.${e.keyword}`;
  if (e.keyword === 'required') {
    const name = String(params.missingProperty);
    return { path: `${e.instancePath}/${escapeToken(name)}`, code, message: `"${name}" is required: add it.`, messageZh: `缺少必填项 "${name}"，请补上。` };
  }
  if (e.keyword === 'additionalProperties') {
    const name = String(params.additionalProperty);
    return { path: `${e.instancePath}/${escapeToken(name)}`, code, message: `Unknown property "${name}": remove it or check its spelling.`, messageZh: `未知属性 "${name}"：请删除或检查拼写。` };
  }
  const detail = e.message ?? e.keyword;
  return { path: e.instancePath, code, message: `Invalid value: it ${detail}.`, messageZh: `取值无效：${detail}。` };
}

/**
 * The server's own schema compiler (ajv 2020, strict, every error at once).
 *
 * @example
 * const check = compileSchema({ type: 'object', required: ['name'] });
 * check({}) // [{ path: '/name', code: 'schema.required', ... }]
 */
export const compileSchema: SchemaCompiler = (schema) => {
  const validate = ajv.compile(schema);
  return (input) => (validate(input) ? [] : (validate.errors ?? []).map(toProblem));
};
