/** @module A scorecard generated into one specialised function: user values are data, never code. */
import { divRound } from '../core/decimal.js';
import { conditionFacts } from '../condition/index.js';
import type { ConditionScope } from './generate-conditions.js';
import { factorCode, type ConstantOutcome, type FactorScope } from './generate-factors.js';
import { ruleCode } from './generate-rules.js';
import { MAX_PREPARED_COMBOS, weightsCode, type Constants } from './generate-weights.js';
import { CodeData, codeScope, index, literal, type CodeScope } from './generate-source.js';
import { isConditionBands } from './methods/bands-check.js';
import type { ScoreFactor } from './methods/spec.js';
import { missingProblem } from './missing.js';
import { EXCLUDE, POINTS, type ScorecardParts } from './parts.js';
import { incomplete, type CompiledScorecard } from './result.js';

/** Makes a function from parameter names and a body, as `new Function` does. */
export type FunctionMaker = (params: readonly string[], body: string) => (...args: unknown[]) => unknown;

/**
 * `new Function`, for code that holds only fixed text written in this folder, identifiers made
 * of a fixed prefix and an integer index, and numbers that passed {@link literal}. Every string
 * of a definition (field names, option values, band ids, grades) is passed in as data, so no
 * user text is ever compiled — the exception ARCHITECTURE.md allows.
 */
export const newFunction: FunctionMaker = (params, body) =>
  // eslint-disable-next-line no-new-func -- the body holds no user text (see above); scoring bench/'s 20-factor card took about 3× less CPU than closures (2026-11-22).
  new Function(...params, body) as (...args: unknown[]) => unknown;

/** Generated code and the values it refers to by name. */
export interface GeneratedSource {
  /** The body of a function of one parameter `C` (the data) returning the evaluator. */
  readonly source: string;
  readonly data: readonly unknown[];
}

/** Field names also on `Object.prototype` (`constructor`, `toString`): read as own properties only. */
const inherited = (field: string): boolean => field in Object.prototype;

/** The fields the code reads: the closure evaluator's, and the facts of condition bands. */
function fieldsRead(parts: ScorecardParts): string[] {
  const facts = parts.def.factors.flatMap(({ method: m }) => (m.kind === 'bands' && isConditionBands(m.bands) ? m.bands.flatMap((b) => conditionFacts(b.when)) : []));
  return [...new Set([...parts.fields, ...facts])];
}

/** Reads every field into its local: own values only, whatever the record's prototype. */
function readFields(scope: CodeScope): string[] {
  const { data, fields } = scope;
  const own = data.ref(Object.hasOwn);
  const guarded = (f: string) => `${scope.local(f)} = ${own}(r, ${data.ref(f)}) ? r[${data.ref(f)}] : undefined;`;
  const plain = fields.map((f) => (inherited(f) ? guarded(f) : `${scope.local(f)} = r[${data.ref(f)}];`));
  return [
    fields.length === 0 ? '' : `let ${fields.map((f) => scope.local(f)).join(', ')};`,
    `const pr = ${data.ref(Object.getPrototypeOf)}(r);`,
    // A plain record inherits no field (names on Object.prototype aside), so a read is a read.
    `if (pr === ${data.ref(Object.prototype)} || pr === null) {`,
    ...plain,
    '} else {',
    ...fields.map(guarded),
    '}',
  ];
}

/** Each factor's code and its missing-value policy, leaving `p<i>`, `x<i>`, `b<i>`, `m<i>` (and `k<i>`). */
function factorsCode(parts: ScorecardParts, scope: CodeScope, excluded: string): { lines: string[]; constants: Constants } {
  const { data } = scope;
  const conditions: ConditionScope = { data, fact: (f) => scope.local(f), facts: 'r', usesFacts: false };
  const factorScope: FactorScope = { data, catalog: parts.catalog, empty: data.ref('empty'), unmatched: data.ref('unmatched'), conditions };
  const prepare = parts.table.size <= MAX_PREPARED_COMBOS;
  const constants: ConstantOutcome[][] = [];
  const lines = parts.def.factors.flatMap((factor, i) => {
    const n = index(i);
    const field = parts.fieldOf[i];
    const fixed: ConstantOutcome[] = [];
    constants.push(fixed);
    const constant = (o: ConstantOutcome) => ` k${n} = ${index(fixed.push(o) - 1)};`;
    const at = { p: `p${n}`, x: `x${n}`, b: `b${n}`, m: `m${n}`, v: field === undefined ? 'undefined' : scope.local(field), t: `t${n}`, ...(prepare ? { constant } : {}) };
    const policy = parts.policyOf[i];
    const onMissing =
      policy === POINTS
        ? `${at.p} = ${literal(parts.missingPoints[i] as number)};`
        : policy === EXCLUDE
          ? `${at.p} = 0; ex = true; ${excluded}[${n}] = true;`
          : `${at.p} = 0; if (F === undefined) F = []; F.push(${data.ref(missingProblem)}(${data.ref(factor.name)}, ${field === undefined ? 'undefined' : data.ref(field)}, ${at.m}, ${at.x}));`;
    const exclusion = policy === EXCLUDE ? ` else ${excluded}[${n}] = false;` : '';
    const code = factorCode(factor.method, parts.scorers[i] as ScoreFactor, at, factorScope);
    return [
      `let ${at.p} = 0, ${at.x}, ${at.b}, ${at.m}${fixed.length > 0 ? `, k${n} = -1` : ''};`,
      '{',
      ...code,
      '}',
      `if (${at.m} !== undefined) { ${onMissing} }${exclusion}`,
    ];
  });
  return { lines, constants };
}

/**
 * The generated evaluator's source and data for a scorecard's compiled parts.
 *
 * @example
 * const { source, data } = evaluatorSource(scorecardParts(def, catalog));
 * source // '"use strict";\nconst c0 = C[0], ...\nreturn function evaluate(r, env) { ... }'
 */
export function evaluatorSource(parts: ScorecardParts): GeneratedSource {
  const data = new CodeData();
  const scope = codeScope(data, fieldsRead(parts));
  // Which factors the record leaves out for want of a value, as `WeightTable.without` takes them.
  const excluded = data.ref(new Array<boolean>(parts.ids.length).fill(false));
  const factors = factorsCode(parts, scope, excluded);
  const body = [
    ...readFields(scope),
    'let F;',
    ...(parts.policyOf.includes(EXCLUDE) ? ['let ex = false;'] : []),
    ...factors.lines,
    ...weightsCode(parts, scope, excluded, factors.constants),
    `if (F !== undefined) return ${data.ref(incomplete)}(${data.ref(parts.def.id)}, fs, F);`,
    `const sc = ${data.ref(divRound)}(s, ${literal(parts.divisor)});`,
    `const total = sc / ${literal(parts.unit)};`,
    ...ruleCode(parts, scope),
  ];
  return { source: ['"use strict";', data.declarations(), 'return function evaluate(r, env) {', ...body, '};'].join('\n'), data: data.values };
}

/**
 * The generated evaluator of a scorecard, or undefined where code cannot be made (a page whose
 * Content-Security-Policy forbids `new Function` throws EvalError): the caller then uses closures.
 * Any other failure to make the function falls back the same way, as the closures give the
 * same results; the tests check that every card they generate is in fact generated.
 *
 * @example
 * const evaluate = generateEvaluator(scorecardParts(def, catalog)) ?? closureEvaluator(parts).evaluate;
 */
export function generateEvaluator(parts: ScorecardParts, make: FunctionMaker = newFunction): CompiledScorecard['evaluate'] | undefined {
  const { source, data } = evaluatorSource(parts);
  try {
    return make(['C'], source)(data) as CompiledScorecard['evaluate'];
  } catch {
    return undefined;
  }
}
