/** @module One strict ajv for definition schemas, and ajv errors turned into problems. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { problem, type Problem } from './problem.js';
import { ID_PATTERN } from './ids.js';
import { pointer } from './json-pointer.js';

/**
 * A strict ajv reporting every error. Schemas given to it are Heng's own, never a user's:
 * user-authored patterns go through the linear-time engine in `form/`, not through ajv.
 */
export function createAjv(): Ajv2020 {
  return new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
}

const shared = createAjv();

/**
 * Compiles a definition schema once and returns a checker that yields problems.
 *
 * @example
 * const check = schemaChecker({ type: 'object', required: ['id'] });
 * check({}) // [{ path: '/id', code: 'schema.required', ... }]
 */
export function schemaChecker(schema: Readonly<Record<string, unknown>>): (input: unknown) => Problem[] {
  const validate: ValidateFunction = shared.compile(schema);
  return (input) => {
    const deep = depthProblem(input);
    if (deep !== undefined) return [deep];
    return validate(input) ? [] : simplify(validate.errors ?? []).map(toProblem);
  };
}

/** ajv recurses once per level of input: past this, input is refused before it can overflow the stack. */
export const MAX_JSON_DEPTH = 128;

/**
 * A problem when `input` nests deeper than ajv can safely recurse, placed on the outermost
 * top-level item at fault (e.g. `/rules/3`); `undefined` otherwise. Run before any ajv check.
 *
 * @example
 * depthProblem({ nodes: [deeplyNested] }) // { path: '/nodes/0', code: 'schema.depth', ... }
 */
export function depthProblem(input: unknown): Problem | undefined {
  const at = deepestPath(input, MAX_JSON_DEPTH);
  if (at === undefined) return undefined;
  return problem(at, 'schema.depth', `This nests more than ${MAX_JSON_DEPTH} levels deep: flatten its groups.`, `嵌套超过 ${MAX_JSON_DEPTH} 层，请减少分组嵌套。`);
}

/**
 * Where a value nests past `limit` levels: the pointer of the outermost item of the top level
 * that does (so the problem lands on the rule or node at fault), `''` for the whole value, or
 * `undefined` when it does not. Stops at the limit, so it is cheap on hostile input.
 */
function deepestPath(value: unknown, limit: number): string | undefined {
  const tooDeep = (v: unknown, left: number): boolean => {
    if (v === null || typeof v !== 'object') return false;
    if (left <= 0) return true;
    for (const x of Object.values(v as object)) if (tooDeep(x, left - 1)) return true;
    return false;
  };
  if (!tooDeep(value, limit)) return undefined;
  if (Array.isArray(value)) return '';
  for (const [k, v] of Object.entries(value as object)) {
    if (!Array.isArray(v)) continue;
    const i = v.findIndex((item) => tooDeep(item, limit - 2));
    if (i >= 0) return pointer('', k, i);
  }
  return '';
}

/** Drops the noise ajv adds around `oneOf`/`anyOf` failures when a more precise error exists. */
function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
  const precise = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const seen = new Set<string>();
  return (precise.length > 0 ? precise : [...errors]).filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A JSON type (or `a,b` union) named with its article: `an array`, `a string or null`. */
function typeName(type: unknown): string {
  return String(type)
    .split(',')
    .map((t) => (t === 'null' ? 'null' : `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`))
    .join(' or ');
}

/** Turns one ajv error into a problem that says how to fix it, in English and Chinese. */
export function toProblem(e: ErrorObject): Problem {
  const at = e.instancePath;
  const p = e.params as Record<string, unknown>;
  const code = `schema.${e.keyword}`;
  switch (e.keyword) {
    case 'required': {
      const name = String(p.missingProperty);
      return problem(pointer(at, name), code, `"${name}" is required: add it.`, `缺少必填项 "${name}"，请补上。`);
    }
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      return problem(pointer(at, name), code, `Unknown property "${name}": remove it or check its spelling.`, `未知属性 "${name}"：请删除或检查拼写。`);
    }
    case 'type': {
      const en = typeName(p.type);
      return problem(at, code, `Must be ${en}: write ${en} here.`, `类型应为 ${String(p.type)}：请在此填写 ${String(p.type)} 类型的值。`);
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return problem(at, code, `Must be one of ${allowed}: pick one of them.`, `取值应为以下之一：${allowed}：请从中选择。`);
    }
    case 'const':
      return problem(at, code, `Must be ${JSON.stringify(p.allowedValue)}: write exactly that.`, `取值应为 ${JSON.stringify(p.allowedValue)}：请照此填写。`);
    case 'pattern':
      if (p.pattern === ID_PATTERN) {
        return problem(at, code, 'Must be an id: a Latin letter, then letters, digits or _ (at most 64), such as quality_low: rewrite it so.', '应为英文标识：以英文字母开头，只含字母、数字和下划线（最多 64 个），例如 quality_low：请照此修改。');
      }
      return problem(at, code, `Does not match the required format ${String(p.pattern)}: rewrite it to match.`, `格式不符合要求：${String(p.pattern)}，请按此格式修改。`);
    case 'minLength':
      return problem(at, code, `Must be at least ${String(p.limit)} characters long: lengthen it.`, `长度至少为 ${String(p.limit)} 个字符：请补充。`);
    case 'maxLength':
      return problem(at, code, `Must be at most ${String(p.limit)} characters long: shorten it.`, `长度最多为 ${String(p.limit)} 个字符：请删减。`);
    case 'minItems':
      return problem(at, code, `Needs at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}: add more.`, `至少需要 ${String(p.limit)} 项：请添加。`);
    case 'maxItems':
      return problem(at, code, `Allows at most ${String(p.limit)} item${p.limit === 1 ? '' : 's'}: remove some.`, `最多允许 ${String(p.limit)} 项：请删除多余的项。`);
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const bound = `${String(p.comparison)} ${String(p.limit)}`;
      return problem(at, code, `Must be ${bound}: change it to a value ${bound}.`, `取值应 ${bound}：请改为 ${bound} 的值。`);
    }
    case 'multipleOf':
      return problem(at, code, `Must be a multiple of ${String(p.multipleOf)}: round it to one.`, `应为 ${String(p.multipleOf)} 的整数倍：请调整取值。`);
    case 'minProperties':
      return problem(at, code, `Needs at least ${String(p.limit)} entr${p.limit === 1 ? 'y' : 'ies'}: add more.`, `至少需要 ${String(p.limit)} 项：请添加。`);
    case 'maxProperties':
      return problem(at, code, `Allows at most ${String(p.limit)} entries: remove some.`, `最多允许 ${String(p.limit)} 项：请删除多余的项。`);
    case 'unevaluatedProperties': {
      const name = String(p.unevaluatedProperty);
      return problem(pointer(at, name), code, `Unknown property "${name}": remove it or check its spelling.`, `未知属性 "${name}"：请删除或检查拼写。`);
    }
    case 'uniqueItems':
      return problem(at, code, `Items ${String(p.j)} and ${String(p.i)} are the same: remove one.`, `第 ${String(p.j)} 项与第 ${String(p.i)} 项重复，请删除其一。`);
    default:
      return problem(at, code, `Invalid: ${e.message ?? e.keyword}; correct it.`, `无效：${e.message ?? e.keyword}，请修改。`);
  }
}
