/** @module The structural check of a form definition: its JSON Schema, errors made into problems. */
import type { ErrorObject } from 'ajv';
import { createAjv, depthProblem, toProblem } from '../core/ajv.js';
import { pointer } from '../core/json-pointer.js';
import { dedupeProblems, problem, type Problem } from '../core/problem.js';
import { fieldTypes } from './fields/index.js';
import { formSchema } from './schema.js';
import type { FieldType } from './types.js';

const validate = createAjv().compile(formSchema);

/**
 * Problems with the shape of a form definition. Fields are checked by type, so ajv reports a
 * property no branch knows as "unevaluated"; those become "unknown property" problems, and are
 * dropped where they only echo another error (a property of the type whose branch failed, or
 * any property of a field whose type is itself wrong).
 *
 * @example
 * checkStructure({ kind: 'form' }) // [{ path: '/id', code: 'schema.required', ... }, ...]
 */
export function checkStructure(input: unknown): Problem[] {
  const deep = depthProblem(input);
  if (deep !== undefined) return [deep];
  if (validate(input)) return [];
  const errors = validate.errors ?? [];
  const precise = errors.filter((e) => !['if', 'anyOf', 'oneOf', 'unevaluatedProperties'].includes(e.keyword));
  const out = precise.map(toProblem);
  for (const e of errors.filter((x) => x.keyword === 'unevaluatedProperties')) {
    const name = String((e.params as { unevaluatedProperty?: unknown }).unevaluatedProperty);
    const at = pointer(e.instancePath, name);
    const type = typeOf(input, e);
    const echoed = type === undefined || knownTo(type, name) || precise.some((p) => p.instancePath === at || p.instancePath.startsWith(`${at}/`));
    if (!echoed) out.push(unknownProperty(at, name, type));
  }
  return dedupeProblems(out);
}

/** Whether a property belongs to a field type (it went unevaluated only because its branch failed). */
function knownTo(type: FieldType, name: string): boolean {
  return name === 'rules' || Object.hasOwn(fieldTypes[type].props.properties, name);
}

function unknownProperty(at: string, name: string, type: FieldType): Problem {
  const of = ` of a "${type}" field`;
  const ofZh = `（"${type}" 类型字段）`;
  return problem(at, 'schema.unevaluatedProperties', `Unknown property "${name}"${of}: remove it or check its spelling.`, `未知属性 "${name}"${ofZh}：请删除或检查拼写。`);
}

/** The type of the field an error sits on, if it is a known type. */
function typeOf(input: unknown, e: ErrorObject): FieldType | undefined {
  let node: unknown = input;
  for (const token of e.instancePath.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  const type = node !== null && typeof node === 'object' ? (node as Record<string, unknown>).type : undefined;
  return typeof type === 'string' && Object.hasOwn(fieldTypes, type) ? (type as FieldType) : undefined;
}
