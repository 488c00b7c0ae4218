/** @module json-rules-engine's default operators and Heng's two emptiness tests, as data: the same tests, and the kinds each suits. */
import type { Engine } from 'json-rules-engine';
import type { ValueKind } from '../core/catalog.js';
import { isEmpty } from '../form/values.js';
import type { LocalizedText } from '../core/localized.js';
import type { Operator } from './types.js';

/** One operator: json-rules-engine's test, the fact kinds it suits, and how the value is shaped. */
export interface OperatorSpec {
  readonly label: LocalizedText;
  /** The comparison itself, exactly as json-rules-engine defines it (validator included). */
  readonly test: (factValue: unknown, value: unknown) => boolean;
  /** Fact kinds a designer offers this operator for. */
  readonly kinds: readonly ValueKind[];
  /** `scalar`: value is one value of the fact's kind; `list`: an array of them; `element`: one element of a list fact; `none`: `null`, since nothing is compared with. */
  readonly value: 'scalar' | 'list' | 'element' | 'none';
}

// json-rules-engine's numberValidator, with a fast path for numbers (the usual fact): for a
// number it is true unless NaN, exactly as the parse-and-print test would say.
const isNumberish = (v: unknown): boolean => (typeof v === 'number' ? v === v : Number.parseFloat(v as string).toString() !== 'NaN');
const indexOf = (haystack: unknown, needle: unknown): number => (haystack as { indexOf(x: unknown): number }).indexOf(needle);
const ordered: readonly ValueKind[] = ['number', 'date', 'datetime'];
const all: readonly ValueKind[] = ['number', 'text', 'boolean', 'date', 'datetime'];

const lt = (a: unknown, b: unknown): boolean => (a as number) < (b as number);
const le = (a: unknown, b: unknown): boolean => (a as number) <= (b as number);

/** The registry of operators. */
export const operators = {
  equal: { label: { 'zh-CN': '等于', en: 'equals' }, test: (a, b) => a === b, kinds: all, value: 'scalar' },
  notEqual: { label: { 'zh-CN': '不等于', en: 'does not equal' }, test: (a, b) => a !== b, kinds: all, value: 'scalar' },
  lessThan: { label: { 'zh-CN': '小于', en: 'is less than' }, test: (a, b) => isNumberish(a) && lt(a, b), kinds: ordered, value: 'scalar' },
  lessThanInclusive: { label: { 'zh-CN': '小于等于', en: 'is at most' }, test: (a, b) => isNumberish(a) && le(a, b), kinds: ordered, value: 'scalar' },
  greaterThan: { label: { 'zh-CN': '大于', en: 'is greater than' }, test: (a, b) => isNumberish(a) && lt(b, a), kinds: ordered, value: 'scalar' },
  greaterThanInclusive: { label: { 'zh-CN': '大于等于', en: 'is at least' }, test: (a, b) => isNumberish(a) && le(b, a), kinds: ordered, value: 'scalar' },
  in: { label: { 'zh-CN': '属于', en: 'is one of' }, test: (a, b) => indexOf(b, a) > -1, kinds: ['number', 'text'], value: 'list' },
  notIn: { label: { 'zh-CN': '不属于', en: 'is none of' }, test: (a, b) => indexOf(b, a) === -1, kinds: ['number', 'text'], value: 'list' },
  contains: { label: { 'zh-CN': '包含', en: 'contains' }, test: (a, b) => Array.isArray(a) && a.indexOf(b) > -1, kinds: ['list'], value: 'element' },
  doesNotContain: { label: { 'zh-CN': '不包含', en: 'does not contain' }, test: (a, b) => Array.isArray(a) && a.indexOf(b) === -1, kinds: ['list'], value: 'element' },
  isEmpty: { label: { 'zh-CN': '为空', en: 'is empty' }, test: (a) => isEmpty(a), kinds: [...all, 'list'], value: 'none' },
  isNotEmpty: { label: { 'zh-CN': '不为空', en: 'is not empty' }, test: (a) => !isEmpty(a), kinds: [...all, 'list'], value: 'none' },
} satisfies Record<Operator, OperatorSpec>;

/** The operators json-rules-engine does not have, which every `Engine` running conditions needs. */
const HENG_OPERATORS = ['isEmpty', 'isNotEmpty'] as const satisfies readonly Operator[];

/**
 * Registers Heng's own operators on a json-rules-engine `Engine`, so it answers every condition
 * a definition may hold, as `compileCondition` does.
 *
 * @example
 * addHengOperators(new Engine([], { allowUndefinedFacts: true }))
 */
export function addHengOperators(engine: Engine): Engine {
  for (const op of HENG_OPERATORS) engine.addOperator(op, operators[op].test);
  return engine;
}
