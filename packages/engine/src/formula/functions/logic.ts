/** @module IF, AND, OR, NOT, ISBLANK: three-valued logic where a blank is "unknown". */
import type { FunctionSpec } from './spec.js';
import { describeType, type FormulaType } from '../typing.js';

/** IF(condition, then, else): a blank condition yields blank; only the chosen branch runs. */
export const IF: FunctionSpec = {
  arity: [3, 3],
  params: ['boolean', 'any', 'any'],
  usage: 'IF(condition, value_if_true, value_if_false)',
  result: (args) => {
    // The checker calls this only with the arity met.
    const [, then, otherwise] = args as readonly [FormulaType, FormulaType, FormulaType];
    if (then.kind === otherwise.kind) return then.kind;
    return {
      en: `IF must give the same kind of value either way, but one branch is ${describeType(then, 'en')} and the other ${describeType(otherwise, 'en')}.`,
      zh: `IF 的两个结果必须是同一类型，但一个是${describeType(then, 'zh')}，另一个是${describeType(otherwise, 'zh')}。`,
    };
  },
  compile: ([condition, then, otherwise]) => (s) => {
    const c = condition?.(s);
    if (c === true) return then?.(s) ?? null;
    if (c === false) return otherwise?.(s) ?? null;
    return null;
  },
};

/** AND(...): FALSE if any is FALSE, else blank if any is blank, else TRUE. */
export const AND: FunctionSpec = {
  arity: [1, Infinity],
  params: ['boolean'],
  usage: 'AND(condition1, condition2, ...)',
  result: 'boolean',
  compile: (args) => (s) => {
    let unknown = false;
    for (const arg of args) {
      const v = arg(s);
      if (v === false) return false;
      if (v === null) unknown = true;
    }
    return unknown ? null : true;
  },
};

/** OR(...): TRUE if any is TRUE, else blank if any is blank, else FALSE. */
export const OR: FunctionSpec = {
  arity: [1, Infinity],
  params: ['boolean'],
  usage: 'OR(condition1, condition2, ...)',
  result: 'boolean',
  compile: (args) => (s) => {
    let unknown = false;
    for (const arg of args) {
      const v = arg(s);
      if (v === true) return true;
      if (v === null) unknown = true;
    }
    return unknown ? null : false;
  },
};

/** NOT(x); blank stays blank. */
export const NOT: FunctionSpec = {
  arity: [1, 1],
  params: ['boolean'],
  usage: 'NOT(condition)',
  result: 'boolean',
  compile: ([arg]) => (s) => {
    const v = arg?.(s);
    return typeof v === 'boolean' ? !v : null;
  },
};

/** ISBLANK(x): TRUE for a missing value, empty text or an empty multi-select. */
export const ISBLANK: FunctionSpec = {
  arity: [1, 1],
  params: ['any'],
  usage: 'ISBLANK(field)',
  result: 'boolean',
  compile: ([arg]) => (s) => {
    const v = arg?.(s) ?? null;
    return v === null || v === '' || (Array.isArray(v) && v.length === 0);
  },
};
