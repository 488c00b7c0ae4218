/** @module Generated code for one factor: ranges, lookups and scales inline; other methods call their closure. */
import type { FieldCatalog } from '../core/catalog.js';
import { roundHalfUp } from '../core/decimal.js';
import { conditionCode, type ConditionScope } from './generate-conditions.js';
import { literal, type CodeData } from './generate-source.js';
import { isConditionBands } from './methods/bands-check.js';
import { numericReader } from './methods/numeric-source.js';
import { hundredths } from './methods/points.js';
import type { FactorOutcome, ScoreFactor } from './methods/spec.js';
import type { MissingReason } from './result.js';
import type { AgeUnit, BandsMethod, ConditionBand, FactorMethod, LookupMethod, RangeBand } from './types.js';

/** Lookups with more entries than this use a `Map` instead of a chain of comparisons. */
export const MAX_CHAIN = 8;

/**
 * The locals a factor's code assigns (declared by the caller as `let p = 0, x, b, m`): points
 * in hundredths, the raw value, the band id and the missing reason. `p` stays 0 when `m` is set.
 */
export interface FactorLocals {
  readonly p: string;
  readonly x: string;
  readonly b: string;
  readonly m: string;
  /** The field's value (a local), or `undefined` for a method without a field. */
  readonly v: string;
  /** A fresh local name for the factor's own use. */
  readonly t: string;
  /**
   * Notes an outcome fixed at compile time (raw value included) and returns the statement
   * that marks it, so the explanation can be a prepared object; absent when none are prepared.
   */
  readonly constant?: (outcome: ConstantOutcome) => string;
}

/** A factor's outcome that does not depend on the record beyond which branch it took. */
export interface ConstantOutcome {
  readonly raw: unknown;
  /** Hundredths, before the missing-value policy. */
  readonly points: number;
  readonly band: string | undefined;
  readonly missing: MissingReason | undefined;
}

/** What every factor's code may refer to. */
export interface FactorScope {
  readonly data: CodeData;
  readonly catalog: FieldCatalog;
  /** The names bound to the missing reasons `'empty'` and `'unmatched'`. */
  readonly empty: string;
  readonly unmatched: string;
  /** Where condition bands read the record's fields. */
  readonly conditions: ConditionScope;
}

/** `if / else if` over the bands in order, first match wins, on the number in `num`. */
function rangeChain(bands: readonly RangeBand[], num: string, at: FactorLocals, scope: FactorScope): string[] {
  const lines = bands.map((band, i) => {
    const tests = [];
    if (band.min !== undefined) tests.push(`${num} >= ${literal(band.min)}`);
    if (band.max !== undefined) tests.push(`${num} < ${literal(band.max)}`);
    const test = tests.length === 0 ? 'true' : tests.join(' && ');
    return `${i === 0 ? '' : 'else '}if (${test}) { ${at.p} = ${literal(hundredths(band.points))}; ${at.b} = ${scope.data.ref(band.id)}; }`;
  });
  return [...lines, `else ${at.m} = ${scope.unmatched};`];
}

/**
 * The number a method scores into `at.t`: the field's value when it is a finite number, or a
 * date field's age at `env.today`; then `body` runs on it, else the factor is missing.
 */
function numeric(field: string, unit: AgeUnit | undefined, at: FactorLocals, scope: FactorScope, body: string[]): string[] {
  if (scope.catalog.get(field)?.kind === 'date') {
    const age = scope.data.ref(numericReader(field, unit, scope.catalog));
    return [`const ${at.t} = ${age}(${at.v}, env);`, `if (${at.t} === ${at.t}) {`, `${at.x} = ${at.t};`, ...body, `} else { ${at.x} = ${at.v}; ${at.m} = ${scope.empty}; }`];
  }
  return [`${at.x} = ${at.v};`, `if (typeof ${at.v} === "number" && ${at.v} - ${at.v} === 0) {`, `const ${at.t} = ${at.v};`, ...body, `} else ${at.m} = ${scope.empty};`];
}

function conditionBands(bands: readonly ConditionBand[], at: FactorLocals, scope: FactorScope): string[] {
  // Without a field the raw value is always undefined, so each outcome is fixed.
  const constant = (o: ConstantOutcome) => (at.v === 'undefined' ? (at.constant?.(o) ?? '') : '');
  const lines = bands.map((band, i) => {
    const test = conditionCode(band.when, scope.conditions);
    const points = hundredths(band.points);
    const mark = constant({ raw: undefined, points, band: band.id, missing: undefined });
    return `${i === 0 ? '' : 'else '}if (${test}) { ${at.p} = ${literal(points)}; ${at.b} = ${scope.data.ref(band.id)};${mark} }`;
  });
  const unmatched = constant({ raw: undefined, points: 0, band: undefined, missing: 'unmatched' });
  return [`${at.x} = ${at.v};`, ...lines, `else { ${at.m} = ${scope.unmatched};${unmatched} }`];
}

function bands(method: BandsMethod, at: FactorLocals, scope: FactorScope): string[] {
  if (isConditionBands(method.bands)) return conditionBands(method.bands, at, scope);
  return numeric(method.field ?? '', method.unit, at, scope, rangeChain(method.bands, at.t, at, scope));
}

/** An entry's value as code: a number literal, `true`/`false`, or a bound string. */
function entryValue(value: string | number | boolean, scope: FactorScope): string {
  if (typeof value === 'number') return literal(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return scope.data.ref(value);
}

function lookup(method: LookupMethod, at: FactorLocals, scope: FactorScope): string[] {
  const { data } = scope;
  const other = method.otherwise === undefined ? `${at.m} = ${scope.unmatched};` : `${at.p} = ${literal(hundredths(method.otherwise))};`;
  const head = [`${at.x} = ${at.v};`, `if (${at.v} === undefined || ${at.v} === null || ${at.v} === ${data.ref('')}) ${at.m} = ${scope.empty};`];
  if (method.entries.length > MAX_CHAIN) {
    // Map.get matches as SameValueZero, `===` as strict equality: the same for the values an entry can hold.
    const table = new Map<unknown, number>();
    for (const e of method.entries) if (!table.has(e.value)) table.set(e.value, hundredths(e.points));
    return [...head, `else { const ${at.t} = ${data.ref(table)}.get(${at.v});`, `if (${at.t} !== undefined) ${at.p} = ${at.t}; else ${other} }`];
  }
  const chain = method.entries.map((e) => {
    const points = hundredths(e.points);
    // A value equal to an entry is the entry's value, but for 0, which -0 equals too.
    const mark = e.value === 0 ? '' : (at.constant?.({ raw: e.value, points, band: undefined, missing: undefined }) ?? '');
    return `else if (${at.v} === ${entryValue(e.value, scope)}) { ${at.p} = ${literal(points)};${mark} }`;
  });
  return [...head, ...chain, `else ${other}`];
}

function linear(method: Extract<FactorMethod, { kind: 'linear' }>, at: FactorLocals, scope: FactorScope): string[] {
  const { from, to } = method;
  const p0 = hundredths(from.points);
  const p1 = hundredths(to.points);
  // The same operations as `interpolate`, in the same order, so the same doubles.
  const t = `(${at.t} - ${literal(from.value)}) / ${literal(to.value - from.value)}`;
  const body = [
    `const ${at.t}s = ${t};`,
    `${at.p} = ${at.t}s <= 0 ? ${literal(p0)} : ${at.t}s >= 1 ? ${literal(p1)} : ${scope.data.ref(roundHalfUp)}(${literal(p0)} + ${at.t}s * ${literal(p1 - p0)}, 0) + 0;`,
  ];
  return numeric(method.field, method.unit, at, scope, body);
}

/** Any other method: its compiled closure, through a shared outcome. */
function viaClosure(scorer: ScoreFactor, at: FactorLocals, scope: FactorScope): string[] {
  const outcome: FactorOutcome = { raw: undefined, points: 0, band: undefined, missing: undefined };
  const o = scope.data.ref(outcome);
  return [
    `${o}.raw = undefined; ${o}.points = 0; ${o}.band = undefined; ${o}.missing = undefined;`,
    `${scope.data.ref(scorer)}(${at.v}, r, env, ${o});`,
    `${at.x} = ${o}.raw; ${at.b} = ${o}.band; ${at.m} = ${o}.missing;`,
    `if (${at.m} === undefined) ${at.p} = ${o}.points;`,
  ];
}

/**
 * The code scoring one factor into its locals, agreeing with the method's compiled closure
 * (`scorer`) on every record.
 *
 * @example
 * factorCode(method, scorer, { p: 'p0', x: 'x0', b: 'b0', m: 'm0', v: 'v0', t: 't0' }, scope)
 * // ['x0 = v0;', 'if (typeof v0 === "number" && v0 - v0 === 0) {', ...]
 */
export function factorCode(method: FactorMethod, scorer: ScoreFactor, at: FactorLocals, scope: FactorScope): string[] {
  if (method.kind === 'bands') return bands(method, at, scope);
  if (method.kind === 'lookup') return lookup(method, at, scope);
  if (method.kind === 'linear') return linear(method, at, scope);
  return viaClosure(scorer, at, scope);
}
