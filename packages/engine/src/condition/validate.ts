/** @module Checks a condition against the facts it may name: every problem, with a path, never a throw. */
import { schemaChecker } from '../core/ajv.js';
import { literalAdvice, utcAdvice } from '../core/advice.js';
import { isCalendarDate, isIsoDatetime, isUtcDatetime } from '../core/calendar.js';
import { KIND_NAMES, type FieldCatalog, type FieldInfo, type ValueKind } from '../core/catalog.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { operators, type OperatorSpec } from './operators.js';
import { conditionSchema } from './schema.js';
import type { Condition, FactCondition, FactRef } from './types.js';

const checkShape = schemaChecker(conditionSchema);
const MAX_DEPTH = 32;

/**
 * Whether a literal fits a kind of fact. A date-time literal must be any valid date-time here;
 * whether it is in canonical UTC is checked apart, so the message can give the UTC form to write.
 */
function fits(kind: ValueKind, v: unknown): boolean {
  switch (kind) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'date':
      return isCalendarDate(v);
    case 'datetime':
      return isIsoDatetime(v);
    default:
      return typeof v === 'string';
  }
}


/**
 * Every problem with a condition, checked against the facts it may name (a form's fields plus
 * any context facts the caller adds with `withFacts`). Never throws, whatever `cond` is.
 * Date-time literals must be in the canonical UTC form records store (`2024-03-01T02:00:00.000Z`,
 * see the form's `computeRecord`): conditions compare date-times as text, as json-rules-engine
 * does, and only that form sorts as the instants do. A literal with another offset is refused
 * with the UTC form to write, rather than rewritten at compile, so a condition means the same
 * in Heng and in plain json-rules-engine.
 *
 * @example
 * validateCondition({ fact: 'debt_ratoi', operator: 'greaterThan', value: 0.7 }, catalog, '/when')
 * // [{ path: '/when/fact', code: 'condition.fact.unknown', message: 'Unknown field "debt_ratoi". Did you mean "debt_ratio"?', ... }]
 */
export function validateCondition(cond: unknown, catalog: FieldCatalog, path: string): Problem[] {
  const depth = depthOf(cond, 0);
  if (depth > MAX_DEPTH) {
    return [problem(path, 'condition.depth', `Conditions nest ${depth} levels deep; at most ${MAX_DEPTH} are allowed. Flatten the groups.`, `条件嵌套了 ${depth} 层，最多允许 ${MAX_DEPTH} 层，请合并分组。`)];
  }
  const shape = checkShape(cond).map((p) => ({ ...p, path: path + p.path }));
  if (shape.length > 0) return shape;
  const out: Problem[] = [];
  walk(cond as Condition, catalog, path, out);
  return out;
}

function depthOf(c: unknown, d: number): number {
  if (d > MAX_DEPTH || c === null || typeof c !== 'object') return d;
  const o = c as Record<string, unknown>;
  const group = Array.isArray(o.all) ? o.all : Array.isArray(o.any) ? o.any : undefined;
  if (group !== undefined) {
    // A loop, not Math.max(...group): spreading a huge list overflows the stack.
    let deepest = d + 1;
    for (const x of group) deepest = Math.max(deepest, depthOf(x, d + 1));
    return deepest;
  }
  if ('not' in o) return depthOf(o.not, d + 1);
  return d + 1;
}

function walk(c: Condition, catalog: FieldCatalog, path: string, out: Problem[]): void {
  if ('all' in c) c.all.forEach((x, i) => walk(x, catalog, pointer(path, 'all', i), out));
  else if ('any' in c) c.any.forEach((x, i) => walk(x, catalog, pointer(path, 'any', i), out));
  else if ('not' in c) walk(c.not, catalog, pointer(path, 'not'), out);
  else checkFact(c, catalog, path, out);
}

function lookup(fact: string, catalog: FieldCatalog, path: string, out: Problem[]): FieldInfo | undefined {
  const f = catalog.get(fact);
  if (f === undefined) {
    const h = hint(fact, [...catalog.keys()]);
    out.push(problem(path, 'condition.fact.unknown', `Unknown field "${fact}".${h.en}`, `未知字段 "${fact}"。${h.zh}`));
  }
  return f;
}

function checkFact(c: FactCondition, catalog: FieldCatalog, path: string, out: Problem[]): void {
  const field = lookup(c.fact, catalog, pointer(path, 'fact'), out);
  const op: OperatorSpec = operators[c.operator];
  if (op.value === 'none') {
    if (c.value !== null) out.push(problem(pointer(path, 'value'), 'condition.value.none', `"${op.label.en}" compares with nothing: write null as its value.`, `“${op.label['zh-CN']}”不与任何值比较：请把取值写为 null。`));
    if (field !== undefined && c.path === undefined) checkKind(c, field, path, out);
    return;
  }
  const isRef = c.value !== null && typeof c.value === 'object' && !Array.isArray(c.value);
  const ref = isRef ? lookup((c.value as FactRef).fact, catalog, pointer(path, 'value', 'fact'), out) : undefined;
  // A path reads inside a value, so the kind of what it reaches is not known here.
  if (field === undefined || c.path !== undefined || !checkKind(c, field, path, out)) return;
  if (isRef) {
    if (ref !== undefined && op.value !== 'scalar') {
      out.push(problem(pointer(path, 'value'), 'condition.value.kind', `"${c.operator}" compares with values written here, not with another field: write them, e.g. ["a", "b"].`, `"${c.operator}" 只能与此处填写的取值比较，不能与其他字段比较：请填写取值，例如 ["a", "b"]。`));
    } else if (ref !== undefined && ref.kind !== field.kind) {
      out.push(
        problem(
          pointer(path, 'value'),
          'condition.value.kind',
          `"${field.id}" (${field.kind}) cannot be compared with "${ref.id}" (${ref.kind}): compare it with a ${field.kind} field or a ${field.kind} value.`,
          `字段 "${field.id}"（${KIND_NAMES[field.kind].zh}）不能与 "${ref.id}"（${KIND_NAMES[ref.kind].zh}）比较：请改为与${KIND_NAMES[field.kind].zh}字段或取值比较。`,
        ),
      );
    }
    return;
  }
  checkLiteral(c, field, path, out);
}

/** Whether the operator suits the field's kind; when not, a problem naming the ones that do. */
function checkKind(c: FactCondition, field: FieldInfo, path: string, out: Problem[]): boolean {
  const op: OperatorSpec = operators[c.operator];
  if (op.kinds.includes(field.kind)) return true;
  const offered = (Object.entries(operators) as [string, OperatorSpec][]).filter(([, o]) => o.kinds.includes(field.kind)).map(([k]) => k);
  out.push(
    problem(
      pointer(path, 'operator'),
      'condition.operator.kind',
      `"${c.operator}" cannot be used on "${field.id}" (${field.kind}). Use one of: ${offered.join(', ') || 'none'}.`,
      `"${c.operator}" 不能用于字段 "${field.id}"（${KIND_NAMES[field.kind].zh}）。可用：${offered.join(', ') || '无'}。`,
    ),
  );
  return false;
}

/** Field types whose values are ids, never empty text. */
const NEVER_EMPTY: ReadonlySet<string> = new Set(['reference', 'user']);

/** A field as a message names it: by its label where the catalog has one, else by its id. */
function named(f: FieldInfo): { readonly en: string; readonly zh: string } {
  return f.label === undefined ? { en: `"${f.id}"`, zh: `字段 "${f.id}" ` } : { en: `"${f.label.en}"`, zh: `“${f.label['zh-CN']}”` };
}

function checkLiteral(c: FactCondition, field: FieldInfo, path: string, out: Problem[]): void {
  const op: OperatorSpec = operators[c.operator];
  const at = pointer(path, 'value');
  if (op.value === 'list' && !Array.isArray(c.value)) {
    out.push(problem(at, 'condition.value.list', `"${c.operator}" needs a list of values, e.g. ["a", "b"].`, `"${c.operator}" 需要一组取值，例如 ["a", "b"]。`));
    return;
  }
  if (op.value !== 'list' && Array.isArray(c.value)) {
    out.push(problem(at, 'condition.value.scalar', `"${c.operator}" compares with one value, not a list: write a single value, or use "in" for several.`, `"${c.operator}" 只能与单个值比较，不能是列表：请填写单个值，或改用 "in" 匹配多个值。`));
    return;
  }
  const elementKind: ValueKind = field.kind === 'list' ? 'text' : field.kind;
  const values = Array.isArray(c.value) ? c.value : [c.value];
  const name = named(field);
  values.forEach((v, i) => {
    const vat = Array.isArray(c.value) ? pointer(at, i) : at;
    const empty = v === '' || v === null || v === undefined;
    if (!fits(elementKind, v)) {
      const a = literalAdvice(elementKind, v, field.type);
      out.push(
        empty
          ? problem(vat, 'condition.value.kind', `Enter ${KIND_NAMES[elementKind].en} to compare ${name.en} with: ${a.en}.`, `请填写与${name.zh}比较的${KIND_NAMES[elementKind].zh}：${a.zh}。`)
          : problem(vat, 'condition.value.kind', `${JSON.stringify(v)} is not a ${elementKind} value for ${name.en}: ${a.en}.`, `${JSON.stringify(v)} 不是${name.zh}的${KIND_NAMES[elementKind].zh}值：${a.zh}。`),
      );
    } else if (empty && NEVER_EMPTY.has(field.type)) {
      // A reference or a user is stored as an id or not at all: compared with "", equal never holds and notEqual always does.
      out.push(problem(vat, 'condition.value.empty', `Enter the value to compare ${name.en} with: a record or user is never empty text, so comparing it with one tells nothing.`, `请填写与${name.zh}比较的值：记录或用户从不是空文本，与空值比较没有意义。`));
    } else if (elementKind === 'datetime' && !isUtcDatetime(v)) {
      // Conditions compare date-times as text (json-rules-engine does), which orders instants
      // only in the one form records store them in: so literals are written in it too.
      const a = utcAdvice(v);
      out.push(problem(vat, 'condition.value.utc', `${JSON.stringify(v)} is not in the UTC form ${name.en} is stored and compared in: ${a.en}.`, `${JSON.stringify(v)} 不是${name.zh}存储和比较所用的 UTC 格式：${a.zh}。`));
    } else if (field.options !== undefined && !field.options.includes(v as string)) {
      const h = hint(String(v), field.options);
      out.push(problem(vat, 'condition.value.option', `"${String(v)}" is not an option of ${name.en}.${h.en}`, `"${String(v)}" 不是${name.zh}的选项。${h.zh}`));
    }
  });
}
